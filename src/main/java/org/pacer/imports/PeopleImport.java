package org.pacer.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.people.People;
import org.pacer.people.People.Invite;
import org.pacer.people.PeopleScope;
import org.pacer.people.Place;
import org.springframework.stereotype.Component;

/**
 * People, one row each, invited as the People page's form invites them (same checks, same words): each gets the mail
 * with a one-time link once the file is imported, not when it is checked. Administrators only, as every import of
 * the Import page is a staff page; a provider's lead invites their people one by one on the People page.
 */
@Component
class PeopleImport implements RowImporter {

	/** The form's fields in the file's words. */
	private static final Map<String, String> COLUMNS = Map.of("userId", "user_id");

	private static final Map<String, Boolean> YES_NO = Map.of("yes", true, "no", false, "true", true, "false", false,
			"y", true, "n", false);

	private final People people;

	PeopleImport(People people) {
		this.people = people;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PEOPLE;
	}

	@Override
	public String title() {
		return "People";
	}

	@Override
	public String summary() {
		return "Staff and providers' people, one per row; each is sent an invitation to set a password once the file "
				+ "is imported (without mail, \"Send again\" on People shows each link once).";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("name", "The person's name", "Ana Smith"),
				ImportColumn.required("email", "Where the invitation goes; not already in Pacer or invited",
						"ana@acme.example"),
				ImportColumn.optional("user_id", "What they sign in with (left out: the address before the @)", "ana"),
				ImportColumn.required("group", "A provider's name or group, or a staff group (managers, "
						+ "process-owners, sourcing-board, camunda-admin)", "Acme Hosting"),
				ImportColumn.optional("lead", "yes: leads the provider once joined (manages its people and tokens)",
						"no"));
	}

	@Override
	public boolean mayImport(CurrentUser me) {
		return me.has(Roles.ROLE_ADMIN) && !me.isProvider();
	}

	@Override
	public String keyOf(ImportRow row) {
		return row.get("email") == null ? null : row.get("email").toLowerCase(Locale.ROOT);
	}

	@Override
	public String keyColumn() {
		return "email";
	}

	@Override
	public RowWriter open(ImportContext context) {
		// mayImport let only an administrator upload the file, so it runs with an administrator's reach
		PeopleScope admin = new PeopleScope(context.actor(), true, Set.of());
		Map<String, String> groupOf = new HashMap<>();
		for (Place place : people.places(admin)) {
			// a provider's name or a staff group's title stands for its group; a group id stands for itself
			groupOf.putIfAbsent(place.title().toLowerCase(Locale.ROOT), place.groupId());
			groupOf.put(place.groupId().toLowerCase(Locale.ROOT), place.groupId());
		}
		return row -> {
			String group = row.get("group");
			String lead = row.get("lead");
			Boolean leads = lead == null ? Boolean.FALSE : YES_NO.get(lead.toLowerCase(Locale.ROOT));
			if (leads == null) {
				throw ValidationException.of("lead", "'" + lead + "' is not yes or no");
			}
			try {
				people.inviteWhenCommitted(admin, new Invite(row.get("name"), row.get("email"), row.get("user_id"),
						group == null ? null : groupOf.getOrDefault(group.toLowerCase(Locale.ROOT), group), leads));
			}
			catch (ValidationException e) {
				throw RowImporter.inColumns(e, COLUMNS);
			}
		};
	}
}
