package org.pacer.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderService;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService.NewRelationship;
import org.pacer.relationship.ReviewPeriod;
import org.springframework.stereotype.Component;

/**
 * Relationships, one row each, created as the "New relationship" form creates them: each starts its lifecycle, so
 * its manager finds "Set expected outcomes" in the inbox.
 */
@Component
class RelationshipImport implements RowImporter {

	/** The service's fields in the file's words. */
	private static final Map<String, String> COLUMNS = Map.of("providerId", "provider", "managerId", "manager",
			"reviewPeriod", "review_period", "startDate", "start_date");

	private final RelationshipLifecycle lifecycle;

	private final ProviderService providers;

	RelationshipImport(RelationshipLifecycle lifecycle, ProviderService providers) {
		this.lifecycle = lifecycle;
		this.providers = providers;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.RELATIONSHIPS;
	}

	@Override
	public String title() {
		return "Relationships";
	}

	@Override
	public String summary() {
		return "One relationship per row with an existing provider and manager; each starts its cycle at "
				+ "\"Set expected outcomes\".";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("name", "What the provider delivers", "Hosting of the web shop"),
				ImportColumn.required("provider", "An existing provider's name", "Acme Hosting"),
				ImportColumn.required("manager", "The user id of a member of the managers group", "mara"),
				ImportColumn.required("review_period", "monthly or quarterly", "monthly"),
				ImportColumn.required("start_date", "The first day, as YYYY-MM-DD", "2026-01-01"));
	}

	@Override
	public boolean mayImport(CurrentUser me) {
		return !me.isProvider() && (me.isManager() || me.has(Roles.ROLE_ADMIN));
	}

	@Override
	public RowWriter open(ImportContext context) {
		Map<String, Provider> byName = providers.all().stream()
				.collect(Collectors.toMap(p -> p.getName().toLowerCase(Locale.ROOT), Function.identity()));
		return row -> {
			// the file's own words first, then everything else the service refuses, so a row shows all its problems
			Map<String, String> unread = new LinkedHashMap<>();
			String providerName = row.get("provider");
			Provider provider = providerName == null ? null : byName.get(providerName.toLowerCase(Locale.ROOT));
			if (providerName != null && provider == null) {
				unread.put("provider", "No provider is named '" + providerName
						+ "': add it first (Providers, or a providers import)");
			}
			ReviewPeriod period = period(row.get("review_period"), unread);
			LocalDate start = date(row.get("start_date"), unread);
			try {
				lifecycle.create(new NewRelationship(row.get("name"), provider == null ? null : provider.getId(),
						row.get("manager"), period, start), context.actor());
			}
			catch (ValidationException e) {
				RowImporter.inColumns(e, COLUMNS).fieldErrors().forEach(unread::putIfAbsent);
			}
			if (!unread.isEmpty()) {
				throw new ValidationException(unread);
			}
		};
	}

	private static ReviewPeriod period(String text, Map<String, String> errors) {
		if (text == null) {
			return null;
		}
		try {
			return ReviewPeriod.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.put("review_period", "'" + text + "' is not a review period: write monthly or quarterly");
			return null;
		}
	}

	private static LocalDate date(String text, Map<String, String> errors) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.put("start_date", "'" + text + "' is not a date as YYYY-MM-DD");
			return null;
		}
	}
}
