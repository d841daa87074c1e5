package org.pacer.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** A process variable reads with {@link TaskInput}'s checks and stores its value as the diagrams expect it. */
class ProcessVariableTests {

	private final VariableScope scope = mock(VariableScope.class);

	@Test
	void aDayIsStoredAsItsIsoTextAndReadBackAsTheSameDay() {
		// given the period variable
		ProcessVariable<LocalDate> period = ProcessVariable.day("periodStart");

		// when a step writes a day and another reads the stored text
		period.set(scope, LocalDate.of(2026, 10, 1));
		when(scope.getVariable("periodStart")).thenReturn("2026-10-01");

		// then the engine holds the text and the reader gives the day
		verify(scope).setVariable("periodStart", "2026-10-01");
		assertThat(period.read(scope)).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(period.entry(LocalDate.of(2026, 10, 1))).isEqualTo(Map.entry("periodStart", "2026-10-01"));
	}

	@Test
	void anAbsentDayReadsAsNullAndANullValueIsStoredAsNull() {
		ProcessVariable<LocalDate> period = ProcessVariable.day("periodStart");

		period.set(scope, null);

		assertThat(period.read(scope)).isNull();
		verify(scope).setVariable("periodStart", null);
	}

	@Test
	void theRelationshipIdReadsANumberOfAnyWidthAndRefusesAMissingOne() {
		when(scope.getVariable("relationshipId")).thenReturn(3);

		assertThat(Processes.RELATIONSHIP_ID.read(scope)).isEqualTo(3L);
		assertThat(Processes.RELATIONSHIP_ID.name()).isEqualTo("relationshipId");

		when(scope.getVariable("relationshipId")).thenReturn(null);
		assertThatThrownBy(() -> Processes.RELATIONSHIP_ID.read(scope)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("relationshipId");
	}

	@Test
	void aFlagFromAGeneratedFormIsReadAndAnythingElseIsRefusedOnThatField() {
		ProcessVariable<Boolean> accepted = ProcessVariable.flag("measuresAccepted");
		when(scope.getVariable("measuresAccepted")).thenReturn("true");
		assertThat(accepted.read(scope)).isTrue();

		when(scope.getVariable("measuresAccepted")).thenReturn("maybe");
		assertThatThrownBy(() -> accepted.read(scope)).isInstanceOf(RejectedInput.class)
				.satisfies(e -> assertThat(((RejectedInput) e).fieldErrors()).containsKey("measuresAccepted"));
	}
}
