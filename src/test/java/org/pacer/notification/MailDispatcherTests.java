package org.pacer.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mail.javamail.JavaMailSender;

/** The scheduled dispatcher sends only from a ready node, and a failing run does not stop the next one. */
class MailDispatcherTests {

	private final MailOutbox outbox = mock(MailOutbox.class);

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final ApplicationAvailability availability = mock(ApplicationAvailability.class);

	private final MailDispatcher dispatcher = new MailDispatcher(outbox, sender, availability);

	@Test
	void aNodeStillStartingSendsNothing() {
		when(availability.getReadinessState()).thenReturn(ReadinessState.REFUSING_TRAFFIC);

		dispatcher.dispatch();

		verify(outbox, never()).dispatch(any());
	}

	@Test
	void aReadyNodeRunsTheOutboxAndSurvivesAFailedRun() {
		when(availability.getReadinessState()).thenReturn(ReadinessState.ACCEPTING_TRAFFIC);
		when(outbox.dispatch(sender)).thenThrow(new IllegalStateException("database away"))
				.thenReturn(new MailOutbox.Report(1, 0));

		dispatcher.dispatch();
		dispatcher.dispatch();

		verify(outbox, times(2)).dispatch(sender);
	}
}
