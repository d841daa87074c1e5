package org.pacer.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.pacer.common.ValidationException;
import org.pacer.identity.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A task takes only the inputs its BPMN declares (its {@code camunda:formField}s), whatever the door: the portal,
 * the Camunda Tasklist, /engine-rest and the integration API all complete tasks through the engine's TaskService
 * and FormService, so the rule sits there. Any other variable in a completion, a form submission or a variable write
 * on a task is refused with a {@link RejectedInput} naming it (400 over REST, next to the field in the portal) before
 * anything changes. Without it, a completion could rewrite the ids and decisions a process runs on, e.g. make its
 * sender the reviewer of its own review. Engine infrastructure, hence impl classes.
 */
@Component
class DeclaredInputsOnly extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(DeclaredInputsOnly.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		GuardedTaskService tasks = new GuardedTaskService();
		configuration.setTaskService(tasks);
		configuration.setFormService(new GuardedFormService(tasks));
	}

	static Set<String> inputsOf(BpmnModelInstance model, String taskKey) {
		if (model == null || taskKey == null
				|| !(model.getModelElementById(taskKey) instanceof UserTask task)
				|| task.getExtensionElements() == null) {
			return Set.of();
		}
		return task.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().stream()
				.flatMap(form -> form.getCamundaFormFields().stream()).map(CamundaFormField::getCamundaId)
				.collect(Collectors.toSet());
	}

	private record Declared(String key, Set<String> inputs) {
	}

	/** Every TaskService call that writes variables goes through {@link #refuseUndeclared} first. */
	static class GuardedTaskService extends TaskServiceImpl {

		/**
		 * Refuses the names among {@code names} that the task does not declare. A task the caller may not see (or that
		 * does not exist) is left to the engine, which answers it as it would without this rule, telling nothing more.
		 */
		void refuseUndeclared(String taskId, Collection<String> names) {
			if (taskId == null || names == null || names.isEmpty() || createTaskQuery().taskId(taskId).count() == 0) {
				return;
			}
			Declared task = commandExecutor.execute(context -> {
				TaskEntity entity = context.getTaskManager().findTaskById(taskId);
				if (entity == null) {
					return null;
				}
				BpmnModelInstance model = entity.getProcessDefinitionId() == null ? null
						: context.getProcessEngineConfiguration().getDeploymentCache()
								.findBpmnModelInstanceForProcessDefinition(entity.getProcessDefinitionId());
				return new Declared(entity.getTaskDefinitionKey(), inputsOf(model, entity.getTaskDefinitionKey()));
			});
			if (task == null) {
				return;
			}
			Set<String> undeclared = names.stream().filter(name -> !task.inputs().contains(name))
					.collect(Collectors.toCollection(TreeSet::new));
			if (!undeclared.isEmpty()) {
				log.info("Refused input for task {} ({}) by {}: undeclared {}", task.key(), taskId, Actors.current(),
						undeclared);
				Map<String, String> errors = new LinkedHashMap<>();
				undeclared.forEach(name -> errors.put(name, "This step does not take " + name));
				throw new RejectedInput(new ValidationException(errors));
			}
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			refuseUndeclared(taskId, keys(variables));
			super.complete(taskId, variables);
		}

		@Override
		public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
				boolean deserializeValues) {
			refuseUndeclared(taskId, keys(variables));
			return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
		}

		@Override
		public void resolveTask(String taskId, Map<String, Object> variables) {
			refuseUndeclared(taskId, keys(variables));
			super.resolveTask(taskId, variables);
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode, String errorMessage,
				Map<String, Object> variables) {
			refuseUndeclared(taskId, keys(variables));
			super.handleBpmnError(taskId, errorCode, errorMessage, variables);
		}

		@Override
		public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
			refuseUndeclared(taskId, keys(variables));
			super.handleEscalation(taskId, escalationCode, variables);
		}

		/** setVariable(s) and setVariable(s)Local all come here. */
		@Override
		protected void setVariables(String taskId, Map<String, ? extends Object> variables, boolean local) {
			refuseUndeclared(taskId, keys(variables));
			super.setVariables(taskId, variables, local);
		}

		/** updateVariables and updateVariablesLocal (the REST API's PATCH-like POST) come here. */
		@Override
		protected void updateVariables(String taskId, Map<String, ? extends Object> modifications,
				Collection<String> deletions, boolean local) {
			refuseUndeclared(taskId, keys(modifications));
			refuseUndeclared(taskId, deletions);
			super.updateVariables(taskId, modifications, deletions, local);
		}

		@Override
		public void removeVariable(String taskId, String variableName) {
			refuseUndeclared(taskId, Set.of(variableName));
			super.removeVariable(taskId, variableName);
		}

		@Override
		public void removeVariableLocal(String taskId, String variableName) {
			refuseUndeclared(taskId, Set.of(variableName));
			super.removeVariableLocal(taskId, variableName);
		}

		@Override
		public void removeVariables(String taskId, Collection<String> variableNames) {
			refuseUndeclared(taskId, variableNames);
			super.removeVariables(taskId, variableNames);
		}

		@Override
		public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
			refuseUndeclared(taskId, variableNames);
			super.removeVariablesLocal(taskId, variableNames);
		}
	}

	/** Tasklist's generated forms and /engine-rest's submit-form come here. */
	static class GuardedFormService extends FormServiceImpl {

		private final GuardedTaskService tasks;

		GuardedFormService(GuardedTaskService tasks) {
			this.tasks = tasks;
		}

		@Override
		public void submitTaskForm(String taskId, Map<String, Object> properties) {
			tasks.refuseUndeclared(taskId, keys(properties));
			super.submitTaskForm(taskId, properties);
		}

		@Override
		public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
				boolean deserializeValues) {
			tasks.refuseUndeclared(taskId, keys(properties));
			return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
		}

		@Override
		@SuppressWarnings("deprecation")
		public void submitTaskFormData(String taskId, Map<String, String> properties) {
			tasks.refuseUndeclared(taskId, keys(properties));
			super.submitTaskFormData(taskId, properties);
		}
	}

	private static Set<String> keys(Map<String, ?> variables) {
		return variables == null ? Set.of() : variables.keySet();
	}
}
