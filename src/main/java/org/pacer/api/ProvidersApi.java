package org.pacer.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.common.NotFoundException;
import org.pacer.identity.Actors;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.ProviderService;
import org.pacer.relationship.ProviderService.ProviderDetails;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Providers over the API, with the Providers pages' rules (ProviderService): staff read all, a provider's token or
 * person only its own; administrators add, change and archive.
 */
@ApiController
@RequestMapping("/api/v1/providers")
@Tag(name = "Providers", description = "Vendors and internal teams")
class ProvidersApi {

	private final ProviderService providers;

	ProvidersApi(ProviderService providers) {
		this.providers = providers;
	}

	/** A provider as the API shows it. */
	public record ProviderView(long id, String name, String kind, String contact, String notes, boolean archived,
			Instant archivedAt) {

		static ProviderView of(Provider p) {
			return new ProviderView(p.getId(), p.getName(), p.getKind().name(), p.getContact(), p.getNotes(),
					p.isArchived(), p.getArchivedAt());
		}
	}

	/** What a create or change sends; kind is VENDOR or INTERNAL_TEAM. */
	public record ProviderRequest(String name, ProviderKind kind, String contact, String notes) {

		ProviderDetails details() {
			return new ProviderDetails(name, kind, contact, notes);
		}
	}

	@GetMapping
	@Operation(summary = "List providers", description = "In name order. A provider's token or person sees its own only.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDERS)))
	public PageOf<ProviderView> list(
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		CurrentUser me = CurrentUser.signedIn();
		return PageOf.of(providers.page(me.isProvider() ? me.providerGroups() : null, PageOf.request(page, size))
				.map(ProviderView::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One provider", description = "Another provider answers 404 to a provider's token.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDER)))
	public ProviderView get(@PathVariable long id) {
		return ProviderView.of(visible(id));
	}

	@PostMapping
	@Operation(summary = "Add a provider (administrators)",
			description = "A name unique in any case; the provider gets a group of its own for its people. Send an "
					+ "Idempotency-Key so a retried call adds nothing twice.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDER_REQUEST)))
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDER)))
	public ResponseEntity<ProviderView> create(@RequestBody ProviderRequest request) {
		requireAdmin();
		Provider created = providers.create(request.details(), Actors.current());
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
				.buildAndExpand(created.getId()).toUri()).body(ProviderView.of(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a provider (administrators)", description = "Name, kind, contact and notes, as on its page.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDER_REQUEST)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDER)))
	public ProviderView update(@PathVariable long id, @RequestBody ProviderRequest request) {
		requireAdmin();
		return ProviderView.of(providers.update(visible(id).getId(), request.details(), Actors.current()));
	}

	@PostMapping("/{id}/archive")
	@Operation(summary = "Archive a provider (administrators)",
			description = "It keeps its history and gets no new relationships. Archiving twice changes nothing.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PROVIDER)))
	public ProviderView archive(@PathVariable long id) {
		requireAdmin();
		return ProviderView.of(providers.archive(visible(id).getId(), Actors.current()));
	}

	private Provider visible(long id) {
		Provider provider = providers.get(id);
		if (!sees(CurrentUser.signedIn(), provider)) {
			throw new NotFoundException("Provider", id);
		}
		return provider;
	}

	private static boolean sees(CurrentUser me, Provider provider) {
		return !me.isProvider() || me.groups().contains(provider.getCandidateGroup());
	}

	private static void requireAdmin() {
		CurrentUser me = CurrentUser.signedIn();
		if (me.isProvider() || !me.has(Roles.ROLE_ADMIN)) {
			throw new AccessDeniedException("Providers are added and changed by an administrator");
		}
	}
}
