package org.pacer.enginerest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.pacer.process.RejectedInput;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A refused input (an undeclared variable, a value a step's validation turns down) answers 400 over /engine-rest
 * with each field's message, in the shape of Camunda's own errors; Camunda would answer 500 where its resources
 * wrap the engine's exception (variable writes) or pass it through unmapped.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestRefusals {

	@Bean
	ResourceConfigCustomizer refusedInputInEngineRest() {
		return config -> config.register(Refused.class);
	}

	static Response badRequest(RejectedInput refused) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "RejectedInput");
		body.put("message", refused.getMessage());
		body.put("fieldErrors", refused.fieldErrors());
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	public static class Refused implements ExceptionMapper<RejectedInput> {

		@Override
		public Response toResponse(RejectedInput e) {
			return badRequest(e);
		}
	}
}
