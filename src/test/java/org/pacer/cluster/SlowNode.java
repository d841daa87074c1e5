package org.pacer.cluster;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.pacer.PacerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * A Pacer node run as a child JVM by {@link ClusterTests}, so it can be stopped hard (killed, no shutdown hook). Its
 * only difference from Pacer: starting a performance review takes {@code pacer.test.slow-millis} longer, so the test
 * can kill it while it holds locked jobs. Not a Spring component (the class is never scanned), only a source.
 */
public class SlowNode {

	public static void main(String[] args) {
		new SpringApplicationBuilder(PacerApplication.class, SlowNode.class).run(args);
	}

	@Bean
	ProcessEnginePlugin slowStartOfReviews() {
		long millis = Long.getLong("pacer.test.slow-millis", 3000);
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				if (configuration.getCustomPreBPMNParseListeners() == null) {
					configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
				}
				configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
					@Override
					public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
						if ("Task_StartPerformanceReview".equals(activity.getId())) {
							activity.addListener(ExecutionListener.EVENTNAME_START, execution -> Thread.sleep(millis));
						}
					}
				});
			}
		};
	}
}
