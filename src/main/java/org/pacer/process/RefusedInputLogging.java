package org.pacer.process;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.pacer.identity.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A refused task completion is a person's mistake, not a fault: the engine's command context logs it as ENGINE-16004
 * at ERROR with the whole stack trace, like any exception that ends a command. This filter (installed by
 * logback-spring.xml) turns such an event into one INFO line saying who, which task and which fields; every other
 * error is left as it is. It works on the logging event, not in the engine, because the engine only offers to stop
 * logging command exceptions altogether ({@code enableCmdExceptionLogging}), real failures included.
 */
public class RefusedInputLogging extends TurboFilter {

	private static final Logger log = LoggerFactory.getLogger(RefusedInputLogging.class);

	@Override
	public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
			Object[] params, Throwable t) {
		if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm")) {
			return FilterReply.NEUTRAL;
		}
		RejectedInput refused = refusal(t);
		for (int i = 0; refused == null && params != null && i < params.length; i++) {
			refused = params[i] instanceof Throwable thrown ? refusal(thrown) : null;
		}
		if (refused == null) {
			return FilterReply.NEUTRAL;
		}
		log.info("Refused input from {} on task {}: {}", Objects.requireNonNullElse(Actors.current(), "system"),
				task(), refused.fieldErrors().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
						.collect(Collectors.joining(", ")));
		return FilterReply.DENY;
	}

	private static RejectedInput refusal(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof RejectedInput rejected) {
				return rejected;
			}
		}
		return null;
	}

	/** The task as the engine's logging context names it while it runs the completion. */
	private static String task() {
		return Arrays.stream(new String[] { MDC.get("activityId"), MDC.get("processInstanceId") })
				.filter(Objects::nonNull).collect(Collectors.joining(" of process instance ")).transform(
						s -> s.isEmpty() ? "(unknown)" : s);
	}
}
