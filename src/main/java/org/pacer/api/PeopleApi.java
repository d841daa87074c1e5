package org.pacer.api;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.identity.CurrentUser;
import org.pacer.people.People;
import org.pacer.people.People.Invite;
import org.pacer.people.People.Invited;
import org.pacer.people.People.Member;
import org.pacer.people.PeopleScope;
import org.pacer.relationship.ProviderRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Staff and providers' people, and invitations, as the People pages show them")
class PeopleApi {

	private final People people;

	private final ProviderRepository providers;

	PeopleApi(People people, ProviderRepository providers) {
		this.people = people;
		this.providers = providers;
	}

	@GetMapping
	@Operation(summary = "List people",
			description = """
					Members, pending invitations and deactivated people of each group the caller manages, staff groups \
					first, then providers by name. An administrator (portal login) sees everyone; a provider's lead \
					(portal login) and a provider's token see that provider's people only; anyone else is refused 403.""")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(value = ApiExamples.PEOPLE)))
	public PageOf<Member> list(@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		return PageOf.of(people.visibleTo(scope(), PageOf.request(page, size)));
	}

	@PostMapping
	@Operation(summary = "Invite a person",
			description = """
					Sends the person a mail with a one-time link to set their password (valid 7 days). group is a staff \
					group (managers, process-owners, sourcing-board, camunda-admin; administrators only) or a \
					provider's group (provider-...). userId may be left out: the part of the address before the @. \
					lead: true makes a provider's person its lead once they join (not for a staff group). \
					When mail is off or the mail server refused, the answer carries the link, once: pass it on. An \
					address or user name already in Pacer or invited answers 400 on its field.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "a vendor's person", value = ApiExamples.INVITE)))
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true,
			description = "Invited; Location is the person's address (GET /api/v1/people/{userId})",
			content = @Content(examples = @ExampleObject(value = ApiExamples.INVITED)))
	@ApiResponse(responseCode = "400", description = "Refused; nothing saved",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = ApiExamples.INVITE_REFUSED)))
	public ResponseEntity<Invited> invite(@RequestBody Invite invite, HttpServletRequest request) {
		Invited invited = people.invite(scope(), invite);
		URI person = ServletUriComponentsBuilder.fromCurrentRequest().path("/{userId}")
				.buildAndExpand(invited.userId()).toUri();
		if (invited.link() == null) {
			return ResponseEntity.created(person).body(invited);
		}
		// the link is shown once: an Idempotency-Key keeps this answer without it
		IdempotencyFilter.holdsSecret(request);
		return ResponseEntity.created(person).body(new Invited(invited.invitationId(), invited.userId(),
				invited.email(), invited.group(), invited.expiresAt(), false,
				ServletUriComponentsBuilder.fromCurrentContextPath().path(invited.link()).toUriString()));
	}

	@GetMapping("/{userId}")
	@Operation(summary = "Read a person",
			description = """
					The person's rows as the list shows them, one per group of theirs the caller manages: a member, \
					a pending invitation or a deactivated former member. Someone in none of those groups answers 404.""")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			content = @Content(examples = @ExampleObject(value = ApiExamples.PERSON)))
	public List<Member> person(@Parameter(description = "The person's user name") @PathVariable String userId) {
		return people.person(scope(), userId);
	}

	/** A token acts for its provider, as its lead would; a portal login for whoever signed in. */
	private PeopleScope scope() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser me = CurrentUser.signedIn();
		if (caller.getDetails() instanceof Long) {
			return me.providerGroups().stream().findFirst().flatMap(providers::findByCandidateGroup)
					.map(provider -> PeopleScope.ofProvider(me.id(), provider.getId()))
					.orElseThrow(() -> new AccessDeniedException("The token's provider is gone"));
		}
		return people.scopeOf(me);
	}
}
