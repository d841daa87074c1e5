package org.pacer.modeler;

import org.pacer.process.ProcessFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.pacer.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deployed process and decision with its versions: when and by whom each was deployed, where it came from, and
 * how many instances run on it. Reads set-based: one query per kind of thing, whatever the number of versions.
 */
@Service
@Transactional(readOnly = true)
class ProcessCatalogue {

	private final RepositoryService repository;

	private final ManagementService management;

	private final BrowserDeploymentRepository browserDeployments;

	public ProcessCatalogue(RepositoryService repository, ManagementService management,
			BrowserDeploymentRepository browserDeployments) {
		this.repository = repository;
		this.management = management;
		this.browserDeployments = browserDeployments;
	}

	public enum Origin {
		SHIPPED("shipped in processes/"), BROWSER("deployed from the browser"), OTHER("deployed otherwise (REST, Cockpit)");

		private final String label;

		Origin(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One deployed version of a process or decision. */
	public record Version(String id, String key, String name, int version, ProcessFile.Kind kind, String resourceName,
			String deploymentId, Instant deployedAt, String deployedBy, Origin origin, Long instances) {

		public String fileName() {
			return resourceName.contains("/") ? resourceName.substring(resourceName.lastIndexOf('/') + 1) : resourceName;
		}
	}

	/** A process or decision with its versions, newest first. */
	public record Definition(String key, String name, ProcessFile.Kind kind, List<Version> versions) {

		public Version latest() {
			return versions.get(0);
		}

		public long runningInstances() {
			return versions.stream().mapToLong(v -> v.instances() == null ? 0 : v.instances()).sum();
		}
	}

	public List<Definition> all() {
		List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().list();
		List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().list();
		Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
				.collect(Collectors.toMap(Deployment::getId, Function.identity()));
		Map<String, String> deployers = browserDeployments.findByDeploymentIdIn(deployments.keySet()).stream()
				.collect(Collectors.toMap(BrowserDeployment::getDeploymentId, BrowserDeployment::getDeployedBy));
		Map<String, Long> instances = new HashMap<>();
		for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery().list()) {
			instances.put(statistics.getId(), (long) statistics.getInstances());
		}
		List<Version> versions = new ArrayList<>();
		for (ProcessDefinition p : processes) {
			versions.add(version(p.getId(), p.getKey(), p.getName(), p.getVersion(), ProcessFile.Kind.BPMN,
					p.getResourceName(), deployments.get(p.getDeploymentId()), deployers,
					instances.getOrDefault(p.getId(), 0L)));
		}
		for (DecisionDefinition d : decisions) {
			versions.add(version(d.getId(), d.getKey(), d.getName(), d.getVersion(), ProcessFile.Kind.DMN,
					d.getResourceName(), deployments.get(d.getDeploymentId()), deployers, null));
		}
		Map<String, List<Version>> byKey = new LinkedHashMap<>();
		versions.stream().sorted(Comparator.comparing(Version::kind).thenComparing(Version::key)
				.thenComparing(Comparator.comparingInt(Version::version).reversed()))
				.forEach(v -> byKey.computeIfAbsent(v.kind() + ":" + v.key(), k -> new ArrayList<>()).add(v));
		return byKey.values().stream().map(list -> new Definition(list.get(0).key(),
				list.get(0).name() == null ? list.get(0).key() : list.get(0).name(), list.get(0).kind(), list)).toList();
	}

	public Definition definition(String key) {
		return all().stream().filter(d -> d.key().equals(key)).findFirst()
				.orElseThrow(() -> new NotFoundException("Process or decision", key));
	}

	/** Any deployed version, process or decision, by its definition id. */
	public Version version(String definitionId) {
		return all().stream().flatMap(d -> d.versions().stream()).filter(v -> v.id().equals(definitionId)).findFirst()
				.orElseThrow(() -> new NotFoundException("Process or decision version", definitionId));
	}

	/** The version deployed just before this one, or null for a first version. */
	public Version previous(Version version) {
		return definition(version.key()).versions().stream().filter(v -> v.version() < version.version()).findFirst()
				.orElse(null);
	}

	/** The deployed XML exactly as the engine runs it. */
	public byte[] xml(Version version) {
		try (InputStream in = version.kind() == ProcessFile.Kind.BPMN ? repository.getProcessModel(version.id())
				: repository.getDecisionModel(version.id())) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Version version(String id, String key, String name, int number, ProcessFile.Kind kind,
			String resourceName, Deployment deployment, Map<String, String> deployers, Long instances) {
		Origin origin = originOf(deployment);
		String deployedBy = switch (origin) {
			case SHIPPED -> "Pacer at start-up";
			case BROWSER -> deployers.getOrDefault(deployment.getId(), "unknown");
			case OTHER -> "unknown";
		};
		return new Version(id, key, name, number, kind, resourceName, deployment == null ? null : deployment.getId(),
				deployment == null || deployment.getDeploymentTime() == null ? null
						: deployment.getDeploymentTime().toInstant(),
				deployedBy, origin, instances);
	}

	private static Origin originOf(Deployment deployment) {
		if (deployment == null) {
			return Origin.OTHER;
		}
		if (ProcessDeployments.SHIPPED_SOURCE.equals(deployment.getSource())
				&& ProcessDeployments.SHIPPED_NAME.equals(deployment.getName())) {
			return Origin.SHIPPED;
		}
		return ProcessDeployments.BROWSER_SOURCE.equals(deployment.getSource()) ? Origin.BROWSER : Origin.OTHER;
	}
}
