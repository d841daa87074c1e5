package org.pacer.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.ProviderService;
import org.pacer.relationship.ProviderService.ProviderDetails;
import org.springframework.stereotype.Component;

/** Providers, one row each, created as the Providers page creates them (administrators only). */
@Component
class ProviderImport implements RowImporter {

	private static final Map<String, ProviderKind> KINDS = Map.of("vendor", ProviderKind.VENDOR, "internal team",
			ProviderKind.INTERNAL_TEAM, "internal_team", ProviderKind.INTERNAL_TEAM, "internal",
			ProviderKind.INTERNAL_TEAM);

	private final ProviderService providers;

	ProviderImport(ProviderService providers) {
		this.providers = providers;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PROVIDERS;
	}

	@Override
	public String title() {
		return "Providers";
	}

	@Override
	public String summary() {
		return "Vendors and internal teams, one per row; each gets its own group for its people.";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("name", "The provider's name, unique in any case", "Acme Hosting"),
				ImportColumn.required("kind", "vendor or internal team", "vendor"),
				ImportColumn.optional("contact", "Service desk, phone or mail", "service@acme.example"),
				ImportColumn.optional("notes", "Anything the managers should know", "Contract 2026-118"));
	}

	@Override
	public boolean mayImport(CurrentUser me) {
		return me.has(Roles.ROLE_ADMIN) && !me.isProvider();
	}

	@Override
	public String keyOf(ImportRow row) {
		return row.get("name") == null ? null : row.get("name").toLowerCase(Locale.ROOT);
	}

	@Override
	public String keyColumn() {
		return "name";
	}

	@Override
	public RowWriter open(ImportContext context) {
		return row -> {
			String kindText = row.get("kind");
			ProviderKind kind = kindText == null ? null : KINDS.get(kindText.toLowerCase(Locale.ROOT));
			if (kindText != null && kind == null) {
				throw ValidationException.of("kind", "'" + kindText + "' is not a kind: write vendor or internal team");
			}
			providers.create(new ProviderDetails(row.get("name"), kind, row.get("contact"), row.get("notes")),
					context.actor());
		};
	}
}
