package org.pacer.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.pacer.identity.Roles;
import org.pacer.operations.SchemaMigrations;
import org.pacer.people.People.Member;
import org.pacer.people.People.State;
import org.pacer.postgres.SharedPostgres;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The People list's one statement on a real PostgreSQL (the other tests run it on H2): the engine's identity tables
 * beside Pacer's, in the pages' order, paged in the database, and a lead's scope holding their provider only.
 */
class PeopleListPostgresTests {

	@Test
	void theListReadsMembersInvitationsAndDeactivatedPeopleInThePagesOrderAndPagesOnPostgres() {
		// given: staff, two providers (B before A by id, A before B by name), a lead, an invitation, a deactivated person
		DataSource db = SharedPostgres.dataSource(SharedPostgres.freshDatabase());
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		SchemaMigrations.camunda(db).migrate();
		JdbcTemplate sql = new JdbcTemplate(db);
		sql.update("insert into provider (name, kind, candidate_group) values ('Beta', 'VENDOR', 'provider-beta')");
		sql.update("insert into provider (name, kind, candidate_group) values ('Alpha', 'VENDOR', 'provider-alpha')");
		long alpha = sql.queryForObject("select id from provider where name = 'Alpha'", Long.class);
		for (String group : List.of(Roles.MANAGERS, "provider-alpha", "provider-beta", "monitoring")) {
			sql.update("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) values (?, 1, ?, 'WORKFLOW')", group, group);
		}
		user(sql, "mara", "Mara", "Manager", Roles.MANAGERS);
		user(sql, "zed", "Zed", "Alpha", "provider-alpha");
		user(sql, "al", "Al", "Alpha", "provider-alpha");
		user(sql, "bea", "Bea", "Beta", "provider-beta");
		user(sql, "ops", "Ops", "Watch", "monitoring");
		user(sql, "gone", "Gone", "Away", null);
		sql.update("insert into provider_lead (provider_id, user_id) values (?, 'zed')", alpha);
		sql.update("insert into invitation (user_id, email, display_name, group_id, token_hash, invited_by, invited_at, "
				+ "expires_at, lead) values ('ivy', 'ivy@alpha.example', 'Ivy Invited', 'provider-alpha', 'hash', 'mara', "
				+ "now(), now() + interval '7 days', true)");
		sql.update("insert into deactivated_person (user_id, former_groups, deactivated_by, deactivated_at) values "
				+ "('gone', 'provider-alpha,provider-beta', 'mara', now())");
		PeopleList list = new PeopleList(new NamedParameterJdbcTemplate(db));
		assertThat(list.anyProviderHasMembers()).as("the set-up page's people step").isTrue();
		sql.update("delete from ACT_ID_MEMBERSHIP where GROUP_ID_ like 'provider-%'");
		assertThat(list.anyProviderHasMembers()).as("staff and monitoring are no provider's people").isFalse();
		for (String[] member : new String[][] { { "zed", "provider-alpha" }, { "al", "provider-alpha" },
				{ "bea", "provider-beta" } }) {
			sql.update("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, ?)", (Object[]) member);
		}

		// when
		List<Member> all = list.of(new PeopleScope("mara", true, Set.of()), Pageable.unpaged()).getContent();
		Page<Member> second = list.of(new PeopleScope("mara", true, Set.of()), PageRequest.of(1, 3));
		List<Member> led = list.of(PeopleScope.ofProvider("zed", alpha), Pageable.unpaged()).getContent();

		// then
		assertThat(all).extracting(m -> m.groupTitle() + " " + m.userId() + " " + m.state() + (m.lead() ? " lead" : ""))
				.containsExactly("Relationship managers mara ACTIVE", "Alpha al ACTIVE", "Alpha zed ACTIVE lead",
						"Alpha ivy INVITED lead", "Alpha gone DEACTIVATED", "Beta bea ACTIVE", "Beta gone DEACTIVATED");
		assertThat(all.get(0).name()).isEqualTo("Mara Manager");
		assertThat(all.get(3).name()).isEqualTo("Ivy Invited");
		assertThat(all.get(3).invitationId()).isNotNull();
		assertThat(all.get(3).expiresAt()).isNotNull();
		assertThat(all.get(1).providerId()).isEqualTo(alpha);
		assertThat(second.getTotalElements()).isEqualTo(7);
		assertThat(second.getContent()).isEqualTo(all.subList(3, 6));
		assertThat(led).extracting(Member::userId).containsExactly("al", "zed", "ivy", "gone");
	}

	private static void user(JdbcTemplate sql, String id, String first, String last, String group) {
		sql.update("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_) values (?, 1, ?, ?, ?)", id, first, last,
				id + "@example.org");
		if (group != null) {
			sql.update("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, ?)", id, group);
		}
	}
}
