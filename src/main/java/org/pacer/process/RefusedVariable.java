package org.pacer.process;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A variable the engine refuses to store ({@link CallerNamedTypes}). Deliberately no ProcessEngineException: Camunda's
 * REST resources wrap those into a 500 ("Cannot modify variables"); this one reaches the mapper below, which answers
 * 400 with the message, on every /engine-rest path that sets variables (task variables, completion, start).
 */
class RefusedVariable extends RuntimeException {

	public RefusedVariable(String message) {
		super(message);
	}

	@Configuration(proxyBeanMethods = false)
	static class InEngineRest {

		@Bean
		ResourceConfigCustomizer refusedVariablesInEngineRest() {
			return config -> config.register(Answer400.class);
		}
	}

	public static class Answer400 implements ExceptionMapper<RefusedVariable> {

		@Override
		public Response toResponse(RefusedVariable e) {
			return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
					.entity(Map.of("type", "RefusedVariable", "message", e.getMessage())).build();
		}
	}
}
