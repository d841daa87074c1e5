package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.EVIDENCE;
import static org.pacer.improvement.ImprovementProcess.MATURITY_LEVEL;
import static org.pacer.improvement.ImprovementProcess.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.Processes;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_AssessMaturity: the manager records the provider's process maturity after the plan. */
@Component("recordMaturityAssessment")
class RecordMaturityAssessment implements TaskListener {

	private final ImprovementService improvements;

	public RecordMaturityAssessment(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> improvements.assessMaturity(Processes.RELATIONSHIP_ID.read(task),
				PLAN_ID.readOwned(task, improvements::relationshipOfPlan), MATURITY_LEVEL.read(task),
				EVIDENCE.read(task), TaskInput.actor(task)));
	}
}
