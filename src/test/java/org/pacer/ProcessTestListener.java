package org.pacer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Around each {@link ProcessTest} method: points Camunda's assertions at this context's engine (several contexts may
 * be cached, each with its own engine), and afterwards deletes the instances of the relationships the test made.
 */
class ProcessTestListener implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext context) {
		BpmnAwareTests.init(context.getApplicationContext().getBean(ProcessEngine.class));
	}

	@Override
	public void afterTestMethod(TestContext context) {
		context.getApplicationContext().getBean(CycleFixtures.class).removeInstancesMade();
	}
}
