package org.pacer;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Pacer runs outsourcing relationships as a recurring management cycle on the Camunda 7 engine.
 * The process application deploys processes/ with duplicate filtering (see META-INF/processes.xml).
 */
@SpringBootApplication
@EnableProcessApplication("pacer")
@ConfigurationPropertiesScan
public class PacerApplication {

	public static void main(String[] args) {
		SpringApplication.run(PacerApplication.class, args);
	}
}
