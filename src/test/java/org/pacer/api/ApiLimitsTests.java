package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;


import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.TimeMeter;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.pacer.common.RequestWithBody;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The limits without the application: a caller's bucket (Bucket4j, in memory, on a clock the test moves), and a body
 * sent without its length.
 */
class ApiLimitsTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void aBucketGivesItsBurstThenOneRequestPerRefillInterval() {
		// given: 3 at once, 60 a minute (one a second)
		AtomicLong now = new AtomicLong();
		RateLimiter limiter = ApiLimitsConfig.inMemory(new ApiSettings(1024, 3, 60, 90, 365), new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return now.get();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}
		});

		// then
		assertThat(limiter.take("token:1")).isZero();
		assertThat(limiter.take("token:1")).isZero();
		assertThat(limiter.take("token:1")).isZero();
		assertThat(limiter.take("token:1")).as("wait in seconds").isEqualTo(1);
		assertThat(limiter.take("token:2")).as("another caller has its own bucket").isZero();
		now.addAndGet(SECOND);
		assertThat(limiter.take("token:1")).isZero();
		assertThat(limiter.take("token:1")).isEqualTo(1);
		now.addAndGet(10 * SECOND);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.take("token:1")).as("refilled to the burst, not beyond").isZero();
		}
		assertThat(limiter.take("token:1")).isEqualTo(1);
	}

	@Test
	void aBodyWithoutItsLengthIsCutOffAtTheLimit() throws Exception {
		// given: 100 bytes allowed, 101 sent without a Content-Length
		ApiSettings settings = new ApiSettings(100, 5, 60, 90, 365);
		ApiLimitsFilter filter = new ApiLimitsFilter(ApiLimitsConfig.inMemory(settings, TimeMeter.SYSTEM_NANOTIME),
				settings, new Problems(new ObjectMapper()));
		byte[] body = new byte[101];
		MockHttpServletRequest unknownLength = new MockHttpServletRequest("POST", "/api/v1/relationships/1/results") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		HttpServletRequest request = new RequestWithBody(unknownLength, body);

		// then
		assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> req.getInputStream().readAllBytes()))
				.isInstanceOf(RequestTooLarge.class).hasMessageContaining("larger than 100 bytes");
		filter.doFilter(new MockHttpServletRequest("POST", "/"), new MockHttpServletResponse(),
				(req, res) -> assertThat(req.getInputStream().readAllBytes()).isEmpty());
	}
}
