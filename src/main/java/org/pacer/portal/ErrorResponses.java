package org.pacer.portal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.pacer.common.NotFoundException;
import org.pacer.process.TaskConflict;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * "Not found" and "not allowed" from Pacer's controllers: Pacer's error page for a browser, and for a client that
 * asks for JSON (the diagram viewer, scripts) the same JSON Spring Boot answers other errors with. Runs before
 * {@link PortalAdvice}, whose page-only answer to {@link NotFoundException} it takes over, and after the API's
 * problem details (org.pacer.api.ApiExceptionHandler), which answer /api/v1.
 */
@ControllerAdvice(basePackages = "org.pacer")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ErrorResponses {

	private final ObjectMapper json;

	public ErrorResponses(ObjectMapper json) {
		this.json = json;
	}

	@ExceptionHandler(NotFoundException.class)
	public ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
		return answer(HttpStatus.NOT_FOUND, e.getMessage(), request);
	}

	/** Handled here rather than by Spring Security's filter, so the page renders with the request's own view. */
	@ExceptionHandler(AccessDeniedException.class)
	public ModelAndView notAllowed(AccessDeniedException e, HttpServletRequest request) {
		return answer(HttpStatus.FORBIDDEN, e.getMessage(), request);
	}

	@ExceptionHandler(TaskConflict.class)
	public ModelAndView conflict(TaskConflict e, HttpServletRequest request) {
		return answer(HttpStatus.CONFLICT, e.getMessage(), request);
	}

	/** Two people (or nodes) changed the same task or instance at once: the engine kept the first, refused this one. */
	@ExceptionHandler({ OptimisticLockingException.class, TaskAlreadyClaimedException.class })
	public ModelAndView concurrentChange(RuntimeException e, HttpServletRequest request) {
		return answer(HttpStatus.CONFLICT, TaskConflict.CHANGED_AT_THE_SAME_MOMENT, request);
	}

	private ModelAndView answer(HttpStatus status, String message, HttpServletRequest request) {
		ModelAndView answer = wantsJson(request) ? new ModelAndView(new MappingJackson2JsonView(json))
				: new ModelAndView("error/" + status.value());
		answer.setStatus(status);
		answer.addObject("timestamp", new Date());
		answer.addObject("status", status.value());
		answer.addObject("error", status.getReasonPhrase());
		answer.addObject("message", message);
		answer.addObject("path", request.getRequestURI());
		return answer;
	}

	/** JSON only when the client prefers it to HTML; a browser, or a client that takes anything, gets the page. */
	static boolean wantsJson(HttpServletRequest request) {
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)));
			MimeTypeUtils.sortBySpecificity(accepted);
		}
		catch (IllegalArgumentException e) {
			// a header that does not parse asks for nothing in particular
			return false;
		}
		for (MediaType type : accepted) {
			if (type.isWildcardType()) {
				continue;
			}
			if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
				return false;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return true;
			}
		}
		return false;
	}
}
