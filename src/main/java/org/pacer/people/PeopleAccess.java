package org.pacer.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Provider;
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

	static boolean isAdmin(CurrentUser me) {
		return me.has(Roles.ROLE_ADMIN) && !me.isProvider();
	}

	boolean managesAny(CurrentUser me) {
		return isAdmin(me) || !leads.ledBy(me.id()).isEmpty();
	}

	/** Refused (403) for anyone who manages nobody's people. */
	CurrentUser manager(CurrentUser me) {
		if (!managesAny(me)) {
			throw new AccessDeniedException("People are managed by administrators and by each provider's lead");
		}
		return me;
	}

	/** The groups the person manages, staff groups first, then providers by name (archived ones too). */
	List<Place> places(CurrentUser me) {
		List<Place> places = new ArrayList<>();
		List<Provider> visible;
		if (isAdmin(me)) {
			Roles.STAFF_GROUPS.forEach((group, title) -> places.add(new Place(group, title, null)));
			visible = providers.findAllByOrderByNameAsc();
		}
		else {
			Set<Long> led = leads.ledBy(me.id());
			visible = providers.findAllByOrderByNameAsc().stream().filter(p -> led.contains(p.getId())).toList();
		}
		visible.forEach(p -> places.add(new Place(p.getCandidateGroup(), p.getName(), p)));
		return places;
	}

	Optional<Place> place(CurrentUser me, String groupId) {
		return places(me).stream().filter(p -> p.groupId().equals(groupId)).findFirst();
	}

	/** True when every one of the groups is the person's to manage (and there is at least one). */
	boolean managesAll(CurrentUser me, Collection<String> groups) {
		List<String> mine = places(me).stream().map(Place::groupId).toList();
		return !groups.isEmpty() && mine.containsAll(groups);
	}
}
