package org.pacer.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.pacer.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's defence in depth behind decision 0011, for a model that got past validation: expressions reach only
 * Pacer's registered beans, no script engine resolves, object variables deserialize only allowed types.
 */
@ProcessTest
class EngineHardeningTests {

	@Autowired
	private ProcessEngine engine;

	@Test
	void expressionsSeePacersRegisteredBeansAndNotTheRestOfTheServer() {
		assertThat(evaluate("${dueDates}")).isInstanceOf(DueDates.class);
		assertThat(evaluate("${openReview}")).isNotNull();
		for (String bean : new String[] { "${identityService}", "${dataSource}", "${processEngine}",
				"${processBeans}", "${modelValidator}" }) {
			assertThatThrownBy(() -> evaluate(bean)).as(bean).isInstanceOf(ProcessEngineException.class)
					.hasMessageContaining("Unknown property used in expression");
		}
	}

	@Test
	void noScriptEngineResolvesForAnyLanguage() {
		ProcessEngineConfigurationImpl configuration = configuration();
		for (String language : new String[] { "javascript", "groovy", "graal.js", "python" }) {
			assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute((Command<Object>) context ->
					configuration.getScriptingEngines().getScriptEngineForLanguage(language)))
					.as(language).isInstanceOf(ProcessEngineException.class).hasMessageContaining(language);
		}
	}

	@Test
	void objectVariablesDeserializeOnlyAllowedTypesAndJavaSerializationIsOff() {
		ProcessEngineConfigurationImpl configuration = configuration();
		assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
		assertThat(configuration.getDeserializationAllowedClasses()).isNullOrEmpty();
		assertThat(configuration.getDeserializationAllowedPackages()).isNullOrEmpty();
		assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
		assertThat(configuration.getDeserializationTypeValidator().validate("java.util.HashMap")).isTrue();
		assertThat(configuration.getDeserializationTypeValidator().validate("java.net.URL")).isFalse();
	}

	@Test
	void aSerializedObjectOfARefusedTypeIsRefusedWhenSetAndNotStored() {
		String deployment = engine.getRepositoryService().createDeployment().addModelInstance("hardening-check.bpmn",
				Bpmn.createExecutableProcess("hardening-check").camundaHistoryTimeToLive(1).startEvent("StartEvent_Go")
						.userTask("Task_Wait").camundaAssignee("nobody").endEvent("End_Done").done())
				.deploy().getId();
		try {
			String instance = engine.getRuntimeService().startProcessInstanceByKey("hardening-check").getId();
			var url = Variables.serializedObjectValue("\"http://attacker.example/\"").objectTypeName("java.net.URL")
					.serializationDataFormat("application/json").create();
			var map = Variables.serializedObjectValue("{\"a\":1}").objectTypeName("java.util.HashMap")
					.serializationDataFormat("application/json").create();

			assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance, "evil", url))
					.isInstanceOf(RefusedVariable.class).hasMessageContaining("java.net.URL");
			engine.getRuntimeService().setVariable(instance, "plain", map);

			assertThat(engine.getRuntimeService().getVariables(instance)).containsOnlyKeys("plain");
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

	private Object evaluate(String expression) {
		ProcessEngineConfigurationImpl configuration = configuration();
		return configuration.getCommandExecutorTxRequired().execute((Command<Object>) context -> configuration
				.getExpressionManager().createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
	}

	private ProcessEngineConfigurationImpl configuration() {
		return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}
}
