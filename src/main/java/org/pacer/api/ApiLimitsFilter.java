package org.pacer.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's limits, checked after sign-in: the size of a request body (413), whether it states its length or not,
 * then requests per caller (429 with Retry-After).
 */
class ApiLimitsFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final ApiSettings settings;

	private final Problems problems;

	ApiLimitsFilter(RateLimiter limiter, ApiSettings settings, Problems problems) {
		this.limiter = limiter;
		this.settings = settings;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// first: a body too large is refused as such, whether or not the caller may call again now
		long max = settings.maxRequestBytes();
		if (request.getContentLengthLong() > max) {
			problems.write(request, response,
					Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, new RequestTooLarge(max).getMessage()));
			return;
		}
		var caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller != null) {
			long wait = limiter.take(Callers.key(caller));
			if (wait > 0) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
				problems.write(request, response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS,
						"Too many requests: this caller may make " + settings.perMinute()
								+ " a minute. Try again in " + wait + " s."));
				return;
			}
		}
		chain.doFilter(new Limited(request, max), response);
	}

	/** A request whose body stops being read, with {@link RequestTooLarge}, past the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream limited;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (limited == null) {
				ServletInputStream in = super.getInputStream();
				limited = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						count(b < 0 ? 0 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						count(Math.max(n, 0));
						return n;
					}

					private void count(int n) {
						read += n;
						if (read > max) {
							throw new RequestTooLarge(max);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return limited;
		}
	}
}
