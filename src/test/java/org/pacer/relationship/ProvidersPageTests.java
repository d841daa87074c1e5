package org.pacer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.common.ValidationException;
import org.pacer.identity.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Providers pages: an administrator adds a vendor and an internal team, changes one and archives it; bad input is
 * answered next to its field with the values kept and nothing saved; only administrators change providers, and an
 * archived provider gets no new relationship.
 */
@ProcessTest
@AutoConfigureMockMvc
class ProvidersPageTests {

	private static final String ADMIN = "providers-page-admin";

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	private Pages pages;

	@Autowired
	private ProviderRepository providers;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private IdentityService identity;

	private String name;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		name = "Vendor " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anAdminAddsAVendorAndAnInternalTeamAndEachGetsAGroupForItsPeople() throws Exception {
		// when
		mvc.perform(pages.as(post("/providers").param("name", " " + name + " ").param("kind", "VENDOR")
				.param("contact", "desk@vendor.example").param("notes", "Hosting since 2024"), ADMIN))
				.andExpect(status().isFound());
		mvc.perform(pages.as(post("/providers").param("name", name + " team").param("kind", "INTERNAL_TEAM"), ADMIN))
				.andExpect(status().isFound());

		// then
		Provider vendor = providers.findByName(name).orElseThrow();
		assertThat(vendor.getKind()).isEqualTo(ProviderKind.VENDOR);
		assertThat(vendor.getContact()).isEqualTo("desk@vendor.example");
		assertThat(vendor.getNotes()).isEqualTo("Hosting since 2024");
		assertThat(identity.createGroupQuery().groupId(vendor.getCandidateGroup()).count()).isEqualTo(1);
		assertThat(providers.findByName(name + " team").orElseThrow().getKind()).isEqualTo(ProviderKind.INTERNAL_TEAM);
		String list = pages.page(get("/providers"), ADMIN, 200);
		assertThat(list).contains(name, name + " team", "desk@vendor.example", "Internal team", "id=\"new-provider\"");
		assertThat(pages.page(get("/providers"), MANAGER, 200)).contains(name).doesNotContain("id=\"new-provider\"");
	}

	@Test
	void badInputIsAnsweredNextToItsFieldWithTheValuesKeptAndNothingSaved() throws Exception {
		// given
		relationships.createProvider(name, ProviderKind.VENDOR);
		long before = providers.count();

		// when: a duplicate name in other case, a kind that is none, notes too long
		String refused = pages.page(post("/providers").param("name", name.toUpperCase()).param("kind", "PARTNER")
				.param("contact", "kept@vendor.example").param("notes", "n".repeat(2001)), ADMIN, 400);
		String blank = pages.page(post("/providers").param("name", "  ").param("kind", "VENDOR"), ADMIN, 400);
		String symbols = pages.page(post("/providers").param("name", "!!!").param("kind", "VENDOR"), ADMIN, 400);

		// then
		assertThat(refused).contains("A provider named '" + name + "' exists already", "Choose vendor or internal team",
				"Write at most 2000 characters here", "value=\"kept@vendor.example\"",
				"value=\"" + name.toUpperCase() + "\"");
		assertThat(blank).contains("Give the provider a name");
		assertThat(symbols).contains("Use letters or digits in the name");
		assertThat(providers.count()).isEqualTo(before);
	}

	@Test
	void anAdminChangesAProviderAndArchivesItWhichKeepsItButRefusesNewRelationships() throws Exception {
		// given
		Provider provider = relationships.createProvider(name, ProviderKind.VENDOR);
		String group = provider.getCandidateGroup();

		// when: renamed, then archived twice
		mvc.perform(pages.as(post("/providers/" + provider.getId()).param("name", name + " renamed")
				.param("kind", "VENDOR").param("contact", "new@vendor.example"), ADMIN)).andExpect(status().isFound());
		mvc.perform(pages.as(post("/providers/" + provider.getId() + "/archive"), ADMIN)).andExpect(status().isFound());
		Provider archived = providers.findById(provider.getId()).orElseThrow();
		var firstArchiving = archived.getArchivedAt();
		mvc.perform(pages.as(post("/providers/" + provider.getId() + "/archive"), ADMIN)).andExpect(status().isFound());

		// then: the group stays (its people and tokens stay the provider's), the first archiving stays
		Provider after = providers.findById(provider.getId()).orElseThrow();
		assertThat(after.getName()).isEqualTo(name + " renamed");
		assertThat(after.getCandidateGroup()).isEqualTo(group);
		assertThat(after.getArchivedAt()).isEqualTo(firstArchiving);
		assertThat(after.getArchivedBy()).isEqualTo(ADMIN);
		assertThat(pages.page(get("/providers"), ADMIN, 200)).contains(name + " renamed", "archived by " + ADMIN)
				.doesNotContain("id=\"archive-" + provider.getId() + "\"");
		assertThat(pages.page(get("/providers/" + provider.getId()), ADMIN, 200)).contains("This provider is archived");
		assertThatThrownBy(() -> relationships.create(new RelationshipService.NewRelationship("Too late",
				provider.getId(), MANAGER, ReviewPeriod.MONTHLY, LocalDate.of(2026, 1, 1)), ADMIN))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
						.containsEntry("providerId", name + " renamed is archived: it gets no new relationships"));
	}

	@Test
	void onlyAdministratorsChangeProvidersAndProviderPeopleDoNotSeeTheList() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(LocalDate.of(2026, 1, 1));
		String vendor = fixtures.providerUser(relationship);
		long before = providers.count();

		// when / then
		pages.page(post("/providers").param("name", name).param("kind", "VENDOR"), MANAGER, 403);
		pages.page(post("/providers/" + relationship.getProvider().getId() + "/archive"), MANAGER, 403);
		pages.page(get("/providers"), vendor, 403);
		pages.page(get("/providers/new"), vendor, 403);
		pages.page(get("/providers/999999"), ADMIN, 404);
		assertThat(providers.count()).isEqualTo(before);
		assertThat(providers.findById(relationship.getProvider().getId()).orElseThrow().isArchived()).isFalse();
	}
}
