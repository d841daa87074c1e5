package org.pacer.relationship;

import java.util.Collection;
import java.util.List;

import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.identity.Directory;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendors and internal teams as an administrator sets them up: each gets its own group for its people, a name no
 * other provider has (in any case), and is archived instead of deleted, so its history stays and it gets no new
 * relationships.
 */
@Service
@Transactional
public class ProviderService {

	static final int MAX_NAME = 100;

	static final int MAX_CONTACT = 200;

	static final int MAX_NOTES = 2000;

	private final ProviderRepository providers;

	private final Directory directory;

	private final AuditLog audit;

	private final PacerClock clock;

	ProviderService(ProviderRepository providers, Directory directory, AuditLog audit, PacerClock clock) {
		this.providers = providers;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a form or an API call says of a provider. */
	public record ProviderDetails(String name, ProviderKind kind, String contact, String notes) {

		public static ProviderDetails of(String name, ProviderKind kind) {
			return new ProviderDetails(name, kind, null, null);
		}
	}

	@Transactional(readOnly = true)
	public List<Provider> all() {
		return providers.findAllByOrderByNameAsc();
	}

	/** A page of providers in name order, paged and counted in the database; only those groups' when given. */
	@Transactional(readOnly = true)
	public Page<Provider> page(Collection<String> onlyGroups, Pageable page) {
		Pageable byName = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name", "id"));
		return onlyGroups == null ? providers.findAllBy(byName) : providers.findByCandidateGroupIn(onlyGroups, byName);
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return providers.count() == 0;
	}

	@Transactional(readOnly = true)
	public Provider get(long id) {
		return providers.findById(id).orElseThrow(() -> new NotFoundException("Provider", id));
	}

	public Provider create(ProviderDetails details, String actor) {
		Checked checked = check(details, null);
		Provider provider = new Provider(checked.name, details.kind(), Provider.groupFor(checked.name));
		provider.describe(checked.name, details.kind(), checked.contact, checked.notes);
		// described before saving: one insert, not an insert and an update
		providers.save(provider);
		directory.ensureGroup(provider.getCandidateGroup(), provider.getName());
		audit.record(null, actor, "PROVIDER_CREATED", describe(provider));
		return provider;
	}

	public Provider update(long id, ProviderDetails details, String actor) {
		Provider provider = get(id);
		Checked checked = check(details, provider);
		provider.describe(checked.name, details.kind(), checked.contact, checked.notes);
		audit.record(null, actor, "PROVIDER_CHANGED", describe(provider));
		return provider;
	}

	/** Archiving twice changes nothing: the first archiving's time and person stay. */
	public Provider archive(long id, String actor) {
		Provider provider = get(id);
		if (!provider.isArchived()) {
			provider.archive(actor, clock.now());
			audit.record(null, actor, "PROVIDER_ARCHIVED", provider.getName() + " archived: no new relationships");
		}
		return provider;
	}

	private record Checked(String name, String contact, String notes) {
	}

	/** Every problem at once, each on its field; {@code current} is the provider being changed, null for a new one. */
	private Checked check(ProviderDetails details, Provider current) {
		Errors errors = new Errors();
		String name = errors.text(details.name(), "name", MAX_NAME);
		String contact = errors.text(details.contact(), "contact", MAX_CONTACT);
		String notes = errors.text(details.notes(), "notes", MAX_NOTES);
		errors.rejectIf(name == null, "name", "Give the provider a name");
		if (name != null) {
			errors.rejectIf(Provider.groupFor(name).equals(Provider.groupFor("")), "name",
					"Use letters or digits in the name");
			providers.findByNameIgnoreCase(name).filter(other -> other != current).ifPresent(other -> errors
					.reject("name", "A provider named '" + other.getName() + "' exists already"));
			// a new provider's group is made from its name: two names that give one group would share people
			if (current == null) {
				providers.findByCandidateGroup(Provider.groupFor(name)).ifPresent(other -> errors.reject("name",
						"The name is too close to '" + other.getName() + "': choose one that differs in letters or digits"));
			}
		}
		errors.rejectIf(details.kind() == null, "kind", "Choose vendor or internal team");
		errors.throwIfAny();
		return new Checked(name, contact, notes);
	}


	private static String describe(Provider provider) {
		return provider.getName() + " (" + provider.getKind() + ")";
	}
}
