package org.pacer.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.pacer.process.RejectedInput;

/** The board's option travels as its name, which the diagram's gateway compares; an unknown name is bad input. */
class SourcingOptionVariableTests {

	private final VariableScope scope = mock(VariableScope.class);

	@Test
	void theOptionIsStoredByNameAndReadBackAsTheOption() {
		SourcingProcess.SOURCING_OPTION.set(scope, SourcingOption.RE_TENDER);
		when(scope.getVariable("sourcingOption")).thenReturn("RE_TENDER");

		verify(scope).setVariable("sourcingOption", "RE_TENDER");
		assertThat(SourcingProcess.SOURCING_OPTION.read(scope)).isEqualTo(SourcingOption.RE_TENDER);
	}

	@Test
	void anUnknownOptionIsRefusedOnItsFieldNamingTheChoices() {
		when(scope.getVariable("sourcingOption")).thenReturn("SELL");

		assertThatThrownBy(() -> SourcingProcess.SOURCING_OPTION.read(scope)).isInstanceOf(RejectedInput.class)
				.satisfies(e -> assertThat(((RejectedInput) e).fieldErrors()).containsEntry("sourcingOption",
						"Unknown option SELL; choose CONTINUE, REMEDIATE, BRING_IN_HOUSE or RE_TENDER"));
	}
}
