package org.pacer.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pacer.identity.Roles;
import org.pacer.people.People.Member;
import org.pacer.people.People.State;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The People list in one statement (and one more for the total of a page), whatever the number of groups and people:
 * members, pending invitations and deactivated people of the caller's groups, in the pages' order (staff groups,
 * then providers by name; in each the members by user name, the invitations newest first, then the deactivated).
 * Camunda's user query takes one group at a time, so the members are read from the engine's identity tables
 * (ACT_ID_USER, ACT_ID_MEMBERSHIP, ACT_ID_GROUP; the same in Operaton) beside Pacer's own (decision 26).
 */
@Component
@Transactional(readOnly = true)
class PeopleList {

	/** The rows of every group, in one table: state 0 a member, 1 an invitation, 2 a deactivated person. */
	private static final String ROWS = """
			from (
			  select 0 as state, m.GROUP_ID_ as group_id, u.ID_ as user_id, u.FIRST_ as first_name,
			         u.LAST_ as last_name, u.EMAIL_ as email, cast(null as bigint) as invitation_id,
			         cast(null as timestamp with time zone) as expires_at,
			         cast(null as timestamp with time zone) as invited_at, false as invited_lead
			  from ACT_ID_MEMBERSHIP m join ACT_ID_USER u on u.ID_ = m.USER_ID_
			  union all
			  select 1, i.group_id, i.user_id, i.display_name, null, i.email, i.id, i.expires_at, i.invited_at, i.lead
			  from invitation i where i.accepted_at is null and i.revoked_at is null
			  union all
			  select 2, g.ID_, d.user_id, u.FIRST_, u.LAST_, u.EMAIL_, null, null, null, false
			  from deactivated_person d
			  join ACT_ID_GROUP g on position(',' || g.ID_ || ',' in ',' || d.former_groups || ',') > 0
			  left join ACT_ID_USER u on u.ID_ = d.user_id
			) r
			left join provider p on p.candidate_group = r.group_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PeopleList(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<Member> of(PeopleScope scope, Pageable pageable) {
		return of(scope, null, pageable);
	}

	/** The rows of one person (a member, an invitation, or deactivated; one per group), or of all when userId is null. */
	Page<Member> of(PeopleScope scope, String userId, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(scope, parameters);
		if (userId != null) {
			where += " and r.user_id = :userId";
			parameters.put("userId", userId);
		}
		StringBuilder order = new StringBuilder("case");
		List<String> staff = List.copyOf(Roles.STAFF_GROUPS.keySet());
		for (int i = 0; i < staff.size(); i++) {
			order.append(" when r.group_id = :staff").append(i).append(" then ").append(i);
			parameters.put("staff" + i, staff.get(i));
		}
		order.append(" else ").append(staff.size()).append(" end, p.name, r.state, r.invited_at desc, r.user_id");
		StringBuilder sql = new StringBuilder("""
				select r.state, r.group_id, r.user_id, r.first_name, r.last_name, r.email, r.invitation_id,
				       r.expires_at, p.id as provider_id, p.name as provider_name, l.id as lead_id, r.invited_lead
				""").append(ROWS)
				// a member leads the provider; one row at most, (provider, user) being unique
				.append(" left join provider_lead l on r.state = 0 and l.provider_id = p.id and l.user_id = r.user_id")
				.append(where).append(" order by ").append(order);
		if (pageable.isPaged()) {
			sql.append(" limit :limit offset :offset");
			parameters.put("limit", pageable.getPageSize());
			parameters.put("offset", pageable.getOffset());
		}
		List<Member> members = jdbc.query(sql.toString(), parameters, PeopleList::member);
		if (pageable.isUnpaged()) {
			return new PageImpl<>(members);
		}
		Long total = jdbc.queryForObject("select count(*) " + ROWS + where, parameters, Long.class);
		return new PageImpl<>(members, pageable, total == null ? 0 : total);
	}

	/** Whether any provider has a member: one statement however many providers there are. */
	boolean anyProviderHasMembers() {
		return Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject("""
				select case when exists (select 1 from ACT_ID_MEMBERSHIP m join provider p
				  on p.candidate_group = m.GROUP_ID_) then true else false end""", Boolean.class));
	}

	/** The groups of the scope: every staff group and provider for an administrator, else the providers led. */
	private static String where(PeopleScope scope, Map<String, Object> parameters) {
		if (scope.admin()) {
			parameters.put("staffGroups", List.copyOf(Roles.STAFF_GROUPS.keySet()));
			return " where (r.group_id in (:staffGroups) or p.id is not null)";
		}
		parameters.put("providers", scope.providerIds().isEmpty() ? List.of(-1L) : new ArrayList<>(scope.providerIds()));
		return " where p.id in (:providers)";
	}

	private static Member member(ResultSet row, int index) throws SQLException {
		State state = State.values()[row.getInt("state")];
		String group = row.getString("group_id");
		String userId = row.getString("user_id");
		long providerId = row.getLong("provider_id");
		boolean provider = !row.wasNull();
		String name = ((nonNull(row.getString("first_name")) + " " + nonNull(row.getString("last_name")))).trim();
		long invitationId = row.getLong("invitation_id");
		boolean invited = !row.wasNull();
		OffsetDateTime expires = row.getObject("expires_at", OffsetDateTime.class);
		row.getLong("lead_id");
		boolean lead = state == State.INVITED ? row.getBoolean("invited_lead") : !row.wasNull();
		return new Member(userId, name.isEmpty() ? userId : name, row.getString("email"), group,
				provider ? row.getString("provider_name") : Roles.STAFF_GROUPS.get(group), provider ? providerId : null,
				state, lead, invited ? invitationId : null, expires == null ? null : expires.toInstant());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
