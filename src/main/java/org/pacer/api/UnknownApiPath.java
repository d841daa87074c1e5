package org.pacer.api;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.pacer.common.NotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whatever no operation of /api/v1 serves: answered here, as problem details, rather than by the portal's error
 * page. The more specific mappings of the real operations always win over this one. Because this one matches every
 * method, Spring cannot tell "no such path" from "not with this method" itself: a path that an operation serves
 * with other methods answers 405 with those methods, anything else 404.
 */
@ApiController
@Hidden
class UnknownApiPath {

	private final RequestMappingHandlerMapping mappings;

	UnknownApiPath(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/v1/**")
	void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		Set<String> allowed = new TreeSet<>();
		mappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType() != UnknownApiPath.class && servesPath(mapping, request)) {
				mapping.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
			}
		});
		if (!allowed.isEmpty()) {
			throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
		}
		throw new NotFoundException("Operation", request.getMethod() + " " + request.getRequestURI()
				+ " (the operations are listed at /v3/api-docs)");
	}

	private static boolean servesPath(RequestMappingInfo mapping, HttpServletRequest request) {
		return mapping.getPathPatternsCondition() != null
				&& mapping.getPathPatternsCondition().getMatchingCondition(request) != null;
	}
}
