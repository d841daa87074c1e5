package org.pacer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.ModuleContext;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The audit log started with only the module it needs (time), on its own database. Its events name no
 * relationship here: the relationship module, which owns that table, is not started.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleContext
class AuditModuleTests {

	@Autowired
	private AuditLog audit;

	@Autowired
	private AuditEventRepository events;

	@Autowired
	private PacerClock clock;

	@AfterEach
	void backToNow() {
		clock.backToNow();
	}

	@Test
	void recordsWhoDidWhatAndWhenByPacersClock() {
		// given
		LocalDateTime moment = LocalDateTime.of(2026, 3, 2, 9, 30);
		clock.travelTo(moment);

		// when
		audit.record(null, "maria", "MODULE_TEST_RECORDED", "Recorded by the audit module test");
		audit.record(null, null, "MODULE_TEST_BY_SYSTEM", null);

		// then
		assertThat(events.findAll()).filteredOn(e -> e.getAction().startsWith("MODULE_TEST_"))
				.extracting(AuditEvent::getActor, AuditEvent::getAction, AuditEvent::getDetail,
						AuditEvent::getOccurredAt)
				.containsExactlyInAnyOrder(
						tuple("maria", "MODULE_TEST_RECORDED", "Recorded by the audit module test",
								moment.atZone(clock.zone()).toInstant()),
						tuple("system", "MODULE_TEST_BY_SYSTEM", null, moment.atZone(clock.zone()).toInstant()));
	}
}
