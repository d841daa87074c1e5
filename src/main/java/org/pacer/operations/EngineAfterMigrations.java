package org.pacer.operations;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Tells Spring Boot that the process engine and its configuration need the database initialised (Flyway, see
 * {@link SchemaMigrations}) before they are built, like JPA does. Registered in META-INF/spring.factories.
 */
public class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(ProcessEngine.class, ProcessEngineConfiguration.class);
	}
}
