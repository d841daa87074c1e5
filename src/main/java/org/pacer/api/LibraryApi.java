package org.pacer.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.identity.CurrentUser;
import org.pacer.library.MeasureLibrary;
import org.pacer.library.SetDraft;
import org.pacer.library.SetView;
import org.pacer.library.TemplateDraft;
import org.pacer.library.TemplateView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The measure library over the API, with the portal's rules: staff read it, process owners and admins change it. */
@ApiController
@RequestMapping("/api/v1/library")
@Tag(name = "Measure library", description = """
		Sets of measure templates per persistent need. Managers, process owners and administrators read it; process \
		owners and administrators change it. A change to a template is its next version; measures defined from an \
		earlier version keep their values and name the version they copied.""")
class LibraryApi {

	private final MeasureLibrary library;

	LibraryApi(MeasureLibrary library) {
		this.library = library;
	}

	@GetMapping
	@Operation(summary = "The library: every set with the current version of its templates")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.LIBRARY)))
	public List<SetView> sets() {
		MeasureLibrary.checkMayRead(CurrentUser.signedIn());
		return library.sets();
	}

	@PostMapping("/sets")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a set", description = "The name is unique in the library, in any case.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(value = ApiExamples.LIBRARY_SET_DRAFT)))
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.LIBRARY_SET)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved", content = @Content(
			mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.LIBRARY_SET_REFUSED)))
	public SetView createSet(@RequestBody SetDraft set) {
		return library.createSet(set, MeasureLibrary.checkMayEdit(CurrentUser.signedIn()).id());
	}

	@PutMapping("/sets/{id}")
	@Operation(summary = "Rename a set or change what it is for")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(value = ApiExamples.LIBRARY_SET_DRAFT)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.LIBRARY_SET)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved", content = @Content(
			mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.LIBRARY_SET_REFUSED)))
	public SetView updateSet(@PathVariable long id, @RequestBody SetDraft set) {
		return library.updateSet(id, set, MeasureLibrary.checkMayEdit(CurrentUser.signedIn()).id());
	}

	@PostMapping("/sets/{id}/templates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a template to a set, at version 1", description = """
			The name is unique in the set, in any case; the amber line is on the right side of the target for the \
			direction, as for a measure; the weight is more than 0.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(value = ApiExamples.TEMPLATE_DRAFT)))
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.TEMPLATE)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved", content = @Content(
			mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.TEMPLATE_REFUSED)))
	public TemplateView addTemplate(@PathVariable long id, @RequestBody TemplateDraft template) {
		return library.addTemplate(id, template, MeasureLibrary.checkMayEdit(CurrentUser.signedIn()).id());
	}

	@PutMapping("/templates/{id}")
	@Operation(summary = "Change a template: its next version", description = """
			The same rules as adding one; needId may be left out, and cannot change. The same values as the current \
			version make no new version.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(value = ApiExamples.TEMPLATE_DRAFT)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.TEMPLATE)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved", content = @Content(
			mediaType = "application/problem+json", examples = @ExampleObject(value = ApiExamples.TEMPLATE_REFUSED)))
	public TemplateView reviseTemplate(@PathVariable long id, @RequestBody TemplateDraft template) {
		return library.reviseTemplate(id, template, MeasureLibrary.checkMayEdit(CurrentUser.signedIn()).id());
	}
}
