package org.pacer.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.ProviderRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who manages whose people: administrators (client side) every staff group and every provider's group; a provider's
 * lead their own provider's group only; nobody else any. The pages and /api/v1 both ask here.
 */
@Component
@Transactional(readOnly = true)
class PeopleAccess {

	private final ProviderRepository providers;

	private final ProviderLeads leads;

	PeopleAccess(ProviderRepository providers, ProviderLeads leads) {
		this.providers = providers;
		this.leads = leads;
	}

	private static boolean isAdmin(CurrentUser me) {
		return me.has(Roles.ROLE_ADMIN) && !me.isProvider();
	}

	boolean managesAny(CurrentUser me) {
		return isAdmin(me) || !leads.ledBy(me.id()).isEmpty();
	}

	/** What a signed-in person manages; refused (403) for anyone who manages nobody's people. */
	PeopleScope scopeOf(CurrentUser me) {
		if (isAdmin(me)) {
			return new PeopleScope(me.id(), true, Set.of());
		}
		Set<Long> led = leads.ledBy(me.id());
		if (led.isEmpty()) {
			throw new AccessDeniedException("People are managed by administrators and by each provider's lead");
		}
		return new PeopleScope(me.id(), false, led);
	}

	/** The groups in the scope, staff groups first, then providers by name (archived ones too). */
	List<Place> places(PeopleScope scope) {
		List<Place> places = new ArrayList<>();
		if (scope.admin()) {
			Roles.STAFF_GROUPS.forEach((group, title) -> places.add(new Place(group, title, null)));
		}
		providers.findAllByOrderByNameAsc().stream()
				.filter(p -> scope.admin() || scope.providerIds().contains(p.getId()))
				.forEach(p -> places.add(new Place(p.getCandidateGroup(), p.getName(), p)));
		return places;
	}

	Optional<Place> place(PeopleScope scope, String groupId) {
		return places(scope).stream().filter(p -> p.groupId().equals(groupId)).findFirst();
	}

	/** True when every one of the groups is in the scope (and there is at least one). */
	boolean managesAll(PeopleScope scope, Collection<String> groups) {
		List<String> mine = places(scope).stream().map(Place::groupId).toList();
		return !groups.isEmpty() && mine.containsAll(groups);
	}
}
