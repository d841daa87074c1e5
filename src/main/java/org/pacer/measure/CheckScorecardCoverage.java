package org.pacer.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.relationship.LifecycleProcess;
import org.springframework.stereotype.Component;

/** Task_CheckScorecardCoverage: every persistent need up to the expected level must have a measure. */
@Component("checkScorecardCoverage")
class CheckScorecardCoverage implements JavaDelegate {

	private final MeasureService measures;

	public CheckScorecardCoverage(MeasureService measures) {
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Coverage coverage = measures.coverage(Processes.RELATIONSHIP_ID.read(execution));
		LifecycleProcess.COVERAGE_COMPLETE.set(execution, coverage.complete());
		LifecycleProcess.MISSING_NEEDS.set(execution, coverage.missingNames());
	}
}
