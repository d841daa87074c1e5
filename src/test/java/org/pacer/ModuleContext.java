package org.pacer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Goes with {@code @ApplicationModuleTest}: the test profile, and a database of the context's own. The empty URL
 * lets Spring Boot name a fresh in-memory database (the test profile's URL is shared by the whole-application
 * tests). Camunda's auto-configuration still starts an engine; the operations module, which migrates Camunda's
 * schema, is not started, so the engine creates its tables itself; and the readiness group may name health
 * contributors of modules that are not started.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=", "camunda.bpm.database.schema-update=true",
		"management.endpoint.health.validate-group-membership=false" })
public @interface ModuleContext {
}
