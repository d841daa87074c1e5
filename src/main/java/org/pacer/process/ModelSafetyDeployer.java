package org.pacer.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs {@link ModelSafety} on every BPMN and DMN resource of a new deployment, before the engine's own parsers, and
 * refuses the whole deployment when one of them has a problem. Whatever deploys (the portal, /engine-rest, Cockpit,
 * the process application at start-up) goes through here. CMMN, which Pacer does not use, is refused outright.
 * Deployments already in the database are not checked again when the engine reads them back into its cache.
 */
class ModelSafetyDeployer implements Deployer {

	private final ModelSafety safety;

	ModelSafetyDeployer(ModelSafety safety) {
		this.safety = safety;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		Map<String, List<ModelProblem>> refused = new LinkedHashMap<>();
		for (ResourceEntity resource : deployment.getResources().values()) {
			List<ModelProblem> problems = problemsOf(resource.getName(), resource.getBytes());
			if (!problems.isEmpty()) {
				refused.put(resource.getName(), problems);
			}
		}
		if (!refused.isEmpty()) {
			throw new RefusedModels(refused);
		}
	}

	private List<ModelProblem> problemsOf(String name, byte[] bytes) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".cmmn") || lower.endsWith(".cmmn10.xml") || lower.endsWith(".cmmn11.xml")) {
			return List.of(new ModelProblem(null, "Pacer runs no CMMN cases; deploy BPMN and DMN only."));
		}
		if (!(lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml") || lower.endsWith(".dmn")
				|| lower.endsWith(".dmn11.xml"))) {
			// the engine parses no other resource (forms, images are stored as they are)
			return List.of();
		}
		try {
			return safety.check(ProcessFile.of(name, bytes));
		}
		catch (BadProcessFile e) {
			return List.of(new ModelProblem(null, e.getMessage()));
		}
	}
}
