package org.pacer.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pacer.api.IdempotencyKeys.Answer;
import org.pacer.api.IdempotencyKeys.Claim;
import org.pacer.api.IdempotencyKeys.InProgress;
import org.pacer.api.IdempotencyKeys.Mismatch;
import org.pacer.api.IdempotencyKeys.Replay;
import org.pacer.common.RequestWithBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs: the first request with a caller's key runs and its answer is kept; the
 * same request again (same address and body) gets that answer replayed, marked {@code Idempotent-Replayed: true}, and
 * creates nothing; another request with the key answers 422, and one while the first still runs 409. A server error
 * or a refused rate keeps nothing, so a retry runs again. Decision 25.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private static final String SECRET = IdempotencyFilter.class.getName() + ".secret";

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	private final IdempotencyKeys keys;

	private final Problems problems;

	IdempotencyFilter(IdempotencyKeys keys, Problems problems) {
		this.keys = keys;
		this.problems = problems;
	}

	/**
	 * The answer to this request holds a secret shown once (an invitation link): it is not kept, and a retry with the
	 * key is told the first request succeeded instead of getting the secret again.
	 */
	static void holdsSecret(HttpServletRequest request) {
		request.setAttribute(SECRET, Boolean.TRUE);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| SecurityContextHolder.getContext().getAuthentication() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (!KEY.matcher(key).matches()) {
			problems.write(request, response, Problems.invalid("The Idempotency-Key is not valid.", List.of(
					Problems.FieldError.of(HEADER, "Send 1 to 255 visible ASCII characters, e.g. a UUID"))));
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (RequestTooLarge tooLarge) {
			problems.write(request, response, Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
			return;
		}
		String caller = Callers.key(SecurityContextHolder.getContext().getAuthentication());
		Claim claim = keys.claim(caller, key, fingerprint(request, body));
		if (claim instanceof Replay replay && replay.answer().secret()) {
			response.setHeader(REPLAYED, "true");
			if (replay.answer().location() != null) {
				// what was made, such as the invited person, without the secret
				response.setHeader(HttpHeaders.LOCATION, replay.answer().location());
			}
			problems.write(request, response, Problems.problem(HttpStatus.CONFLICT, "The first request with this "
					+ "Idempotency-Key succeeded; its answer held a link shown once, which is not kept. Find it on the "
					+ "People page (resending makes a new link)."));
			return;
		}
		if (claim instanceof Replay replay) {
			replay(replay.answer(), response);
			return;
		}
		if (claim instanceof Mismatch) {
			problems.write(request, response, Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY,
					"This Idempotency-Key was sent with another request. Use a new key for a new request."));
			return;
		}
		if (claim instanceof InProgress) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			problems.write(request, response, Problems.problem(HttpStatus.CONFLICT,
					"The first request with this Idempotency-Key is still running. Try again in a second."));
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(new RequestWithBody(request, body), answer);
			int status = answer.getStatus();
			if (status < 500 && status != HttpStatus.TOO_MANY_REQUESTS.value()) {
				boolean secret = request.getAttribute(SECRET) != null;
				keys.answer(caller, key, new Answer(status, answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
						secret ? null : answer.getContentAsByteArray(), secret));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				keys.release(caller, key);
			}
			answer.copyBodyToResponse();
		}
	}

	private static void replay(Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		response.setHeader(REPLAYED, "true");
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.body() != null) {
			response.getOutputStream().write(answer.body());
		}
	}

	/** The request as the key is bound to it: method, address with its query, and body. */
	private static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((request.getMethod() + " " + request.getRequestURI() + "?"
					+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
					.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
