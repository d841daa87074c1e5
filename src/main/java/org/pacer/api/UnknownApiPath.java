package org.pacer.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.pacer.common.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever no operation of /api/v1 serves: answered here, as problem details, rather than by the portal's error
 * page. The more specific mappings of the real operations always win over this one.
 */
@ApiController
@Hidden
class UnknownApiPath {

	@RequestMapping("/api/v1/**")
	void unknown(HttpServletRequest request) {
		throw new NotFoundException("Operation", request.getMethod() + " " + request.getRequestURI()
				+ " (the operations are listed at /v3/api-docs)");
	}
}
