package org.pacer.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Import page: choose what a CSV file holds, upload it, watch it being checked, see every refused row with its
 * reason, and import a clean file with one more click. Nothing is saved before that click, and nothing at all when
 * a row is refused then.
 */
@Controller
class ImportsController {

	/** Rows and problems a run's page shows; the counts say how many more there are. */
	static final int SHOWN = 200;

	private final Imports imports;

	ImportsController(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/imports")
	String index(Model model) {
		return index(model, mayImport(), Map.of(), Map.of());
	}

	@GetMapping("/imports/templates/{kind}.csv")
	ResponseEntity<byte[]> template(@PathVariable String kind) {
		CurrentUser me = mayImport();
		RowImporter importer = imports.importersFor(me).stream()
				.filter(i -> i.kind().name().equalsIgnoreCase(kind)).findFirst()
				.orElseThrow(() -> new AccessDeniedException("No import of " + kind + " for " + me.id()));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(importer.columns().stream().map(ImportColumn::name).toList());
			printer.printRecord(importer.columns().stream().map(ImportColumn::example).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Writing to a string cannot fail", e);
		}
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(importer.kind().name().toLowerCase(Locale.ROOT) + ".csv").build().toString())
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/imports")
	String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) String relationshipId,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
		CurrentUser me = mayImport();
		Map<String, String> values = new HashMap<>();
		values.put("kind", kind);
		values.put("relationshipId", relationshipId);
		try {
			ImportRun run = imports.upload(kind(kind), id(relationshipId), file == null ? null
					: file.getOriginalFilename(), bytes(file), me);
			return "redirect:/imports/" + run.getId();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return index(model, me, values, e.fieldErrors());
		}
	}

	@GetMapping("/imports/{id}")
	String run(@PathVariable long id, Model model, HttpServletResponse response) {
		CurrentUser me = mayImport();
		ImportRun run = imports.run(id, me);
		boolean stalled = imports.stalled(run);
		if (run.getStatus().working() && !stalled) {
			// the page reloads itself while the file is checked or saved, to show the progress
			response.setHeader("Refresh", "2");
		}
		model.addAttribute("run", run);
		model.addAttribute("importer", imports.importer(run.getKind()));
		model.addAttribute("stalled", stalled);
		model.addAttribute("problems", run.getStatus().working() ? List.of() : imports.problems(run, SHOWN));
		model.addAttribute("preview", run.saveable() ? imports.preview(run, SHOWN) : List.of());
		return "imports/run";
	}

	@PostMapping("/imports/{id}/save")
	String save(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser me = mayImport();
		try {
			imports.save(id, me);
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("refused", e.fieldErrors().get("run"));
		}
		return "redirect:/imports/" + id;
	}

	private String index(Model model, CurrentUser me, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("importers", imports.importersFor(me));
		model.addAttribute("relationships", imports.historyTargets(me));
		model.addAttribute("recent", imports.recent(me));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "imports/index";
	}

	private CurrentUser mayImport() {
		CurrentUser me = CurrentUser.signedIn();
		if (imports.importersFor(me).isEmpty()) {
			throw new AccessDeniedException("Imports are for managers and administrators");
		}
		return me;
	}

	private static ImportKind kind(String text) {
		try {
			return text == null || text.isBlank() ? null : ImportKind.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.of("kind", "Choose what the file holds");
		}
	}

	private static Long id(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw ValidationException.of("relationshipId", "Choose the relationship the results belong to");
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file == null ? null : file.getBytes();
		}
		catch (IOException e) {
			throw ValidationException.of("file", "The file did not arrive whole; upload it again");
		}
	}
}
