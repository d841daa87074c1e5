package org.pacer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Pacer runs outsourcing relationships as a recurring management cycle on the Camunda 7 engine.
 * {@link org.pacer.process.PacerProcessApplication} deploys processes/ with duplicate filtering.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PacerApplication {

	public static void main(String[] args) {
		SpringApplication.run(PacerApplication.class, args);
	}
}
