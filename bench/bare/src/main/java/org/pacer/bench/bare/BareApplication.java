package org.pacer.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline of the benchmark's case 5: Spring Boot with Camunda's engine, webapps and REST API, JPA and H2, and
 * nothing else, so Pacer's start and memory are measured against what the platform alone costs.
 */
@SpringBootApplication
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}
}
