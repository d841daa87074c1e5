package org.pacer.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 7807 problem details as /api/v1 answers them: a title, a detail people can act on, and for bad input an
 * "errors" list naming each field (and the row of a bulk request) with what is wrong with it.
 */
@Component
class Problems {

	/** How the services name the field of a row: rows[2].value. */
	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)].*");

	/** One invalid field; row is the index of the request's row it belongs to, or null. */
	public record FieldError(String field, Integer row, String message) {

		public static FieldError of(String field, String message) {
			Matcher matcher = ROW_FIELD.matcher(field);
			return new FieldError(field, matcher.matches() ? Integer.valueOf(matcher.group(1)) : null, message);
		}
	}

	private final ObjectMapper json;

	public Problems(ObjectMapper json) {
		this.json = json;
	}

	public static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	public static ProblemDetail invalid(String detail, List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	public static List<FieldError> errorsOf(Map<String, String> fieldErrors) {
		return fieldErrors.entrySet().stream().map(e -> FieldError.of(e.getKey(), e.getValue())).toList();
	}

	/** Writes a problem from a filter, where no controller advice reaches. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
