package org.pacer.modeler;

import org.pacer.identity.CurrentUser;
import org.pacer.process.BadProcessFile;
import org.pacer.process.InvalidModel;
import org.pacer.process.ModelProblem;
import org.pacer.process.ProcessFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pacer.common.ValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The processes page and the browser modeler's endpoints: list versions, open one in the modeler, save a draft,
 * validate, deploy, see what changed, download, and migrate running instances. Only process owners and admins reach
 * /processes (SecurityConfig). Models arrive as a file upload or as the modeler's XML in a form field.
 */
@Controller
@RequestMapping("/processes")
class ProcessesController {

	private final ProcessCatalogue catalogue;

	private final ProcessDeployments deployments;

	private final ProcessMigrations migrations;

	private final ElementTemplates templates;

	public ProcessesController(ProcessCatalogue catalogue, ProcessDeployments deployments,
			ProcessMigrations migrations, ElementTemplates templates) {
		this.catalogue = catalogue;
		this.deployments = deployments;
		this.migrations = migrations;
		this.templates = templates;
	}

	@GetMapping
	public String list(Model model) {
		model.addAttribute("definitions", catalogue.all());
		model.addAttribute("drafts", deployments.recentDrafts());
		return "processes/list";
	}

	@GetMapping("/modeler")
	public String modeler(@RequestParam(required = false) String definition, @RequestParam(required = false) Long draft,
			Model model) {
		if (draft != null) {
			ProcessDraft saved = deployments.draft(draft);
			model.addAttribute("kind", saved.getKind());
			model.addAttribute("resourceName", saved.getResourceName());
			model.addAttribute("basedOn", saved.getBasedOn());
			model.addAttribute("source", "/processes/drafts/" + draft + "/xml");
			model.addAttribute("title", saved.getDefinitionKey() + " (draft " + draft + ")");
		}
		else if (definition != null) {
			ProcessCatalogue.Version version = catalogue.version(definition);
			model.addAttribute("kind", version.kind());
			model.addAttribute("resourceName", version.fileName());
			model.addAttribute("basedOn", version.id());
			model.addAttribute("source", "/processes/definitions/" + version.id() + "/xml");
			model.addAttribute("title", version.name() + " (version " + version.version() + ")");
		}
		else {
			throw ValidationException.of("definition", "Open a deployed version or a draft.");
		}
		return "processes/modeler";
	}

	/** The Pacer element templates, for the browser modeler: the same JSON files Camunda Modeler reads. */
	@GetMapping(value = "/element-templates", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public String elementTemplates() {
		return templates.json();
	}

	@GetMapping("/definitions/{id}/xml")
	public ResponseEntity<byte[]> download(@PathVariable String id) {
		ProcessCatalogue.Version version = catalogue.version(id);
		return file(version.fileName(), catalogue.xml(version));
	}

	@GetMapping("/drafts/{id}/xml")
	public ResponseEntity<byte[]> draftXml(@PathVariable long id) {
		ProcessDraft draft = deployments.draft(id);
		return file(draft.getResourceName(), draft.bytes());
	}

	@PostMapping(value = "/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public Map<String, Object> saveDraft(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String xml, @RequestParam(required = false) String resourceName,
			@RequestParam(required = false) String basedOn) {
		ProcessDraft draft = deployments.saveDraft(received(file, xml, resourceName), basedOn, CurrentUser.signedIn().id());
		return Map.of("id", draft.getId(), "author", draft.getAuthor(), "savedAt", draft.getSavedAt().toString(),
				"url", "/processes/modeler?draft=" + draft.getId());
	}

	@PostMapping(value = "/validate", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public Map<String, Object> validate(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String xml, @RequestParam(required = false) String resourceName) {
		List<ModelProblem> problems = deployments.validate(received(file, xml, resourceName));
		return Map.of("valid", problems.isEmpty(), "problems", problems);
	}

	@PostMapping(value = "/deploy", produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> deploy(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String xml, @RequestParam(required = false) String resourceName) {
		ProcessDeployments.Deployed deployed = deployments.deploy(received(file, xml, resourceName), CurrentUser.signedIn().id());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("deploymentId", deployed.deploymentId());
		body.put("definitions", deployed.definitions());
		body.put("changes", deployed.definitions().isEmpty() ? "/processes"
				: "/processes/definitions/" + deployed.definitions().get(0).id() + "/changes");
		return ResponseEntity.status(HttpStatus.CREATED).body(body);
	}

	/** What a version changed against the one before it, which ran until it was deployed. */
	@GetMapping("/definitions/{id}/changes")
	public String changes(@PathVariable String id, Model model) {
		ProcessCatalogue.Version version = catalogue.version(id);
		ProcessCatalogue.Version previous = catalogue.previous(version);
		model.addAttribute("version", version);
		model.addAttribute("previous", previous);
		model.addAttribute("changes", previous == null ? List.of()
				: ModelDiff.between(catalogue.xml(previous), catalogue.xml(version)));
		model.addAttribute("definition", catalogue.definition(version.key()));
		return "processes/changes";
	}

	/** The migration preview; mapping choices come back as map.&lt;source id&gt;=&lt;target id&gt;. */
	@GetMapping("/definitions/{target}/migrate")
	public String preview(@PathVariable String target, @RequestParam String from,
			@RequestParam Map<String, String> params, Model model) {
		model.addAttribute("preview", migrations.preview(from, target, mappingOf(params)));
		model.addAttribute("source", catalogue.version(from));
		model.addAttribute("target", catalogue.version(target));
		return "processes/migrate";
	}

	@PostMapping("/definitions/{target}/migrate")
	public String migrate(@PathVariable String target, @RequestParam String from,
			@RequestParam Map<String, String> params) {
		MigrationRun run = migrations.start(from, target, mappingOf(params), CurrentUser.signedIn().id());
		return "redirect:/processes/migrations/" + run.getBatchId();
	}

	@GetMapping("/migrations/{batchId}")
	public String migration(@PathVariable String batchId, Model model) {
		ProcessMigrations.Progress progress = migrations.progress(batchId);
		model.addAttribute("progress", progress);
		model.addAttribute("source", catalogue.version(progress.run().getSourceDefinitionId()));
		model.addAttribute("target", catalogue.version(progress.run().getTargetDefinitionId()));
		return "processes/migration";
	}

	/** The progress block alone, which the migration page polls until the batch is done. */
	@GetMapping("/migrations/{batchId}/progress")
	public String migrationProgress(@PathVariable String batchId, Model model) {
		model.addAttribute("progress", migrations.progress(batchId));
		return "processes/migration :: progress";
	}

	@ExceptionHandler(BadProcessFile.class)
	public ResponseEntity<Map<String, Object>> badFile(BadProcessFile e) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", e.getMessage(), "problems", List.of(new ModelProblem(null, e.getMessage()))));
	}

	@ExceptionHandler(InvalidModel.class)
	public ResponseEntity<Map<String, Object>> invalid(InvalidModel e) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", "The model has " + e.problems().size() + " problem(s); nothing was deployed.",
						"problems", e.problems()));
	}

	@ExceptionHandler(ValidationException.class)
	public ResponseEntity<Map<String, Object>> refused(ValidationException e) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", e.getMessage(), "fieldErrors", e.fieldErrors()));
	}

	private static ProcessFile received(MultipartFile file, String xml, String resourceName) {
		if (file != null && !file.isEmpty()) {
			try {
				return ProcessFile.of(resourceName != null ? resourceName : file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (xml != null && !xml.isBlank()) {
			return ProcessFile.of(resourceName, xml.getBytes(StandardCharsets.UTF_8));
		}
		throw new BadProcessFile("Send a BPMN or DMN file (field 'file') or the model's XML (field 'xml').");
	}

	private static Map<String, String> mappingOf(Map<String, String> params) {
		Map<String, String> mapping = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("map.")) {
				mapping.put(name.substring(4), value);
			}
		});
		return mapping;
	}

	private static ResponseEntity<byte[]> file(String name, byte[] xml) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(xml);
	}
}
