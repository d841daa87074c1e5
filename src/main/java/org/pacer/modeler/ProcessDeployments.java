package org.pacer.modeler;

import org.pacer.process.InvalidModel;
import org.pacer.process.ModelProblem;
import org.pacer.process.ProcessFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.pacer.common.NotFoundException;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts and deployments from the browser. A deployment is validated first and refused with every problem; what
 * passes is stamped like a Camunda Modeler file and deployed as a new version with the source {@link #BROWSER_SOURCE},
 * so the processes page tells it from the versions shipped in processes/.
 */
@Service
@Transactional
class ProcessDeployments {

	/** The engine's deployment source for what the process application deploys from processes/ at start-up. */
	public static final String SHIPPED_SOURCE = "process application";

	/** The process archive of META-INF/processes.xml; its deployments carry this name. */
	public static final String SHIPPED_NAME = "pacer";

	public static final String BROWSER_SOURCE = "pacer-browser";

	static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

	/** The root element's start tag: the first element, after the XML declaration and any comments. */
	private static final Pattern ROOT_TAG = Pattern.compile("<(?![?!])[\\w.-]*:?definitions\\b[^>]*>");

	/** The engine Pacer runs on: Camunda Modeler opens a file stamped so with the Camunda 7.24 properties. */
	static final String EXECUTION_PLATFORM_VERSION = "7.24.0";

	private final RepositoryService repository;

	private final ModelValidator validator;

	private final ProcessDraftRepository drafts;

	private final BrowserDeploymentRepository deployments;

	private final PacerClock clock;

	public ProcessDeployments(RepositoryService repository, ModelValidator validator, ProcessDraftRepository drafts,
			BrowserDeploymentRepository deployments, PacerClock clock) {
		this.repository = repository;
		this.validator = validator;
		this.drafts = drafts;
		this.deployments = deployments;
		this.clock = clock;
	}

	/** What a deployment created: the new definitions, one per process or decision in the file. */
	public record Deployed(String deploymentId, List<DeployedDefinition> definitions) {
	}

	public record DeployedDefinition(String id, String key, int version) {
	}

	/** Saves the model as it is, even with problems: a draft is work in progress. */
	public ProcessDraft saveDraft(ProcessFile file, String basedOn, String author) {
		ProcessFile stamped = stamp(file);
		return drafts.save(new ProcessDraft(keyOf(stamped), stamped, basedOn, author, clock.now()));
	}

	@Transactional(readOnly = true)
	public ProcessDraft draft(long id) {
		return drafts.findById(id).orElseThrow(() -> new NotFoundException("Draft", id));
	}

	@Transactional(readOnly = true)
	public List<ProcessDraft> recentDrafts() {
		return drafts.findTop20ByOrderBySavedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	public List<ModelProblem> validate(ProcessFile file) {
		return validator.validate(file);
	}

	/** Validates, stamps and deploys as a new version; refused with the problems, and then nothing is deployed. */
	public Deployed deploy(ProcessFile file, String deployer) {
		List<ModelProblem> problems = validator.validate(file);
		if (!problems.isEmpty()) {
			throw new InvalidModel(problems);
		}
		ProcessFile stamped = stamp(file);
		DeploymentWithDefinitions deployment;
		try {
			deployment = repository.createDeployment().name(keyOf(stamped)).source(BROWSER_SOURCE)
					.addInputStream(stamped.resourceName(), stamped.stream()).deployWithResult();
		}
		catch (ParseException e) {
			throw new InvalidModel(problemsOf(e));
		}
		catch (RuntimeException e) {
			// any other engine failure (a ProcessEngineException, or worse) is still the model's problem, not a 500
			throw new InvalidModel(List.of(new ModelProblem(null, "The engine refuses the model: "
					+ ModelProblem.messageOf(e))));
		}
		deployments.save(new BrowserDeployment(deployment.getId(), deployer, clock.now()));
		List<DeployedDefinition> definitions = new ArrayList<>();
		if (deployment.getDeployedProcessDefinitions() != null) {
			deployment.getDeployedProcessDefinitions()
					.forEach(d -> definitions.add(new DeployedDefinition(d.getId(), d.getKey(), d.getVersion())));
		}
		if (deployment.getDeployedDecisionDefinitions() != null) {
			deployment.getDeployedDecisionDefinitions()
					.forEach(d -> definitions.add(new DeployedDefinition(d.getId(), d.getKey(), d.getVersion())));
		}
		return new Deployed(deployment.getId(), definitions);
	}

	/**
	 * The engine's parser (and Pacer's deployer before it) finds what the model API cannot (e.g. expressions in the
	 * wrong place), by element, line and column.
	 */
	private static List<ModelProblem> problemsOf(ParseException e) {
		List<ModelProblem> problems = new ArrayList<>();
		for (ResourceReport report : e.getResorceReports()) {
			report.getErrors().forEach(p -> problems.add(new ModelProblem(p.getMainElementId(), p.getMessage(),
					p.getLine() > 0 ? p.getLine() : null, p.getColumn() > 0 ? p.getColumn() : null)));
		}
		if (problems.isEmpty()) {
			problems.add(new ModelProblem(null, ModelProblem.messageOf(e)));
		}
		return problems;
	}

	/**
	 * Camunda Modeler's stamps (execution platform Camunda 7.24.0) on the root element, so the file opens in the
	 * desktop modeler with the Camunda 7 properties. Written into the text of the root tag, not through a model API
	 * round trip: that would fill in every schema default and make the next version's changes list noisy.
	 */
	static ProcessFile stamp(ProcessFile file) {
		String xml = file.text();
		Matcher root = ROOT_TAG.matcher(xml);
		if (!root.find()) {
			return file;
		}
		String tag = root.group();
		if (!tag.contains("xmlns:modeler=")) {
			tag = tag.replaceFirst("definitions", "definitions xmlns:modeler=\"" + MODELER_NS + "\"");
		}
		tag = attribute(tag, "modeler:executionPlatform", "Camunda Platform");
		tag = attribute(tag, "modeler:executionPlatformVersion", EXECUTION_PLATFORM_VERSION);
		String stamped = xml.substring(0, root.start()) + tag + xml.substring(root.end());
		return new ProcessFile(file.resourceName(), file.kind(), stamped.getBytes(StandardCharsets.UTF_8));
	}

	private static String attribute(String tag, String name, String value) {
		Matcher existing = Pattern.compile("\\s" + Pattern.quote(name) + "=\"[^\"]*\"").matcher(tag);
		String attribute = " " + name + "=\"" + value + "\"";
		if (existing.find()) {
			return tag.substring(0, existing.start()) + attribute + tag.substring(existing.end());
		}
		int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
		return tag.substring(0, end) + attribute + tag.substring(end);
	}

	/** The key a model deploys under: its first executable process, or its first decision; else its file name. */
	static String keyOf(ProcessFile file) {
		try {
			if (file.kind() == ProcessFile.Kind.BPMN) {
				return Bpmn.readModelFromStream(file.stream()).getModelElementsByType(Process.class).stream()
						.filter(Process::isExecutable).map(Process::getId).findFirst().orElse(baseName(file));
			}
			return Dmn.readModelFromStream(file.stream()).getModelElementsByType(Decision.class).stream()
					.map(Decision::getId).findFirst().orElse(baseName(file));
		}
		catch (RuntimeException e) {
			// the model API fails on some files with other exceptions than ModelException; validation says why
			return baseName(file);
		}
	}

	private static String baseName(ProcessFile file) {
		String name = file.resourceName();
		return name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
	}
}
