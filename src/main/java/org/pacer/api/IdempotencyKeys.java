package org.pacer.api;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.pacer.time.PacerClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The API's idempotency keys (table api_idempotency, shared by all nodes): each caller's key holds the first answer to
 * it for a day. Every statement commits on its own, outside the request's work, so a second node sees a key the
 * moment the first claims it.
 */
@Component
class IdempotencyKeys {

	/** How long a key is remembered. */
	static final Duration KEPT = Duration.ofHours(24);

	/** A claim this old that never got its answer (its node stopped) no longer blocks a retry. */
	static final Duration ABANDONED = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;

	private final PacerClock clock;

	IdempotencyKeys(JdbcTemplate jdbc, PacerClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The answer stored for a key; one that held a secret is kept without its body. */
	record Answer(int status, String contentType, String location, byte[] body, boolean secret) {
	}

	/** What a key says of a request: go ahead (the key is now claimed), replay an answer, or refuse. */
	sealed interface Claim {
	}

	record Claimed() implements Claim {
	}

	record Replay(Answer answer) implements Claim {
	}

	/** The key was used for another request (another body or address). */
	record Mismatch() implements Claim {
	}

	/** The first request with the key is still running. */
	record InProgress() implements Claim {
	}

	Claim claim(String caller, String key, String fingerprint) {
		Instant now = clock.now();
		jdbc.update("delete from api_idempotency where caller = ? and (created_at < ? or (status is null and created_at < ?))",
				caller, Timestamp.from(now.minus(KEPT)), Timestamp.from(now.minus(ABANDONED)));
		try {
			jdbc.update("insert into api_idempotency (caller, idem_key, fingerprint, created_at) values (?, ?, ?, ?)",
					caller, key, fingerprint, Timestamp.from(now));
			return new Claimed();
		}
		catch (DuplicateKeyException taken) {
			List<Claim> stored = jdbc.query(
					"select fingerprint, status, content_type, location, body, secret from api_idempotency"
							+ " where caller = ? and idem_key = ?",
					(row, n) -> !row.getString(1).equals(fingerprint) ? new Mismatch()
							: row.getObject(2) == null ? new InProgress()
									: new Replay(new Answer(row.getInt(2), row.getString(3), row.getString(4), row.getBytes(5),
											row.getBoolean(6))),
					caller, key);
			// removed between the insert and the select (expired by another request): this one may go ahead
			return stored.isEmpty() ? claim(caller, key, fingerprint) : stored.get(0);
		}
	}

	void answer(String caller, String key, Answer answer) {
		jdbc.update("update api_idempotency set status = ?, content_type = ?, location = ?, body = ?, secret = ?"
				+ " where caller = ? and idem_key = ?", answer.status(), answer.contentType(), answer.location(),
				answer.body(), answer.secret(), caller, key);
	}

	/** The request failed on the server's side: a retry with the key runs again. */
	void release(String caller, String key) {
		jdbc.update("delete from api_idempotency where caller = ? and idem_key = ?", caller, key);
	}
}
