package org.pacer.api;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of /api/v1 as problem details: bad input 400 with each field named, someone else's or a missing id
 * 404, too large 413; never a stack trace. Ordered before the portal's {@code ErrorResponses}, which answers pages.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return Problems.problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail notAllowed(AccessDeniedException e) {
		return Problems.problem(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(ValidationException.class)
	ProblemDetail invalid(ValidationException e) {
		return Problems.invalid("The request was refused and nothing was saved: correct the fields listed.",
				Problems.errorsOf(e.fieldErrors()));
	}

	/** A refused push: each invalid field, and what became of every row (nothing was saved). */
	@ExceptionHandler(ResultPush.Refused.class)
	ProblemDetail refusedPush(ResultPush.Refused e) {
		ProblemDetail problem = Problems.invalid(e.report().refused()
				+ " row(s) refused; nothing was saved. Correct the fields listed and send the request again.",
				e.errors());
		problem.setProperty("rows", e.report().rows());
		return problem;
	}

	@ExceptionHandler(RequestTooLarge.class)
	ProblemDetail tooLarge(RequestTooLarge e) {
		return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
	}

	/** A fault of Pacer's, not of the request: logged here, answered without its internals. */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("API request failed", e);
		return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Pacer could not answer this request. Nothing was saved; try again later.");
	}

	/** JSON that does not parse, or a value of the wrong type or an unknown field, named by its path. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = e.getMostSpecificCause();
		if (cause instanceof RequestTooLarge tooLarge) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
		}
		MismatchedInputException mismatch = mismatchIn(e);
		ProblemDetail problem;
		if (cause instanceof JsonParseException parse) {
			problem = Problems.invalid("The body is not valid JSON.", List.of(new Problems.FieldError("body", null,
					parse.getOriginalMessage() + " at line " + parse.getLocation().getLineNr() + ", column "
							+ parse.getLocation().getColumnNr())));
		}
		else if (mismatch != null) {
			String field = path(mismatch);
			String message = mismatch instanceof InvalidFormatException format
					? "'" + format.getValue() + "' is not a " + typeName(format.getTargetType())
					: "Expected a " + typeName(mismatch.getTargetType()) + " here";
			problem = Problems.invalid("The body does not match the request's schema.",
					List.of(Problems.FieldError.of(field, message)));
		}
		else {
			problem = Problems.invalid("The body is missing or is not the JSON this operation takes.",
					List.of(new Problems.FieldError("body", null, "Send a JSON body as documented at /v3/api-docs")));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
		return ResponseEntity.badRequest().body(Problems.invalid("A parameter has the wrong type.",
				List.of(new Problems.FieldError(name, null, "'" + e.getValue() + "' is not a "
						+ typeName(e.getRequiredType())))));
	}

	/**
	 * The value Jackson could not read, with its path. Not always the most specific cause: a date that is no date is an
	 * InvalidFormatException caused by the DateTimeParseException.
	 */
	private static MismatchedInputException mismatchIn(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				return mismatch;
			}
		}
		return null;
	}

	/** rows[3].value, as the services name fields too. */
	private static String path(JsonMappingException e) {
		return e.getPath().stream()
				.map(ref -> ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "." + ref.getFieldName())
				.collect(Collectors.joining()).replaceFirst("^\\.", "");
	}

	private static String typeName(Class<?> type) {
		if (type == null) {
			return "value of another type";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "number";
		}
		if (type == java.time.LocalDate.class) {
			return "date as YYYY-MM-DD";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}
}
