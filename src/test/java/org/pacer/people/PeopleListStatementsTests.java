package org.pacer.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.people.People.Invite;
import org.pacer.people.People.Member;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.RelationshipService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The People page and GET /api/v1/people read as many statements for 50 providers as for 5 (every statement counted,
 * the engine's as well as Pacer's), and the API's page is the database's page of the same list.
 */
// a context of its own: its data source counts statements; its own database keeps the other tests' context apart
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:pacer-people-statements;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import({ CycleFixtures.class, PeopleListStatementsTests.CountingDataSource.class })
class PeopleListStatementsTests {

	private static final String ADMIN = "people-list-admin";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private People people;

	@Autowired
	private ProviderLeads leads;

	@Autowired
	private ObjectMapper json;

	private Pages pages;

	private PeopleScope admin;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		admin = people.scopeOf(new CurrentUser(ADMIN, Set.of(Roles.ADMINS), Set.of(Roles.ROLE_ADMIN)));
	}

	@Test
	void theListReadsAsManyStatementsForFiftyProvidersAsForFive() throws Exception {
		// given: five providers, each with members, a lead, an invitation and a deactivated person
		String lead = null;
		for (int i = 0; i < 5; i++) {
			lead = populatedProvider();
		}
		List<MockHttpServletRequestBuilder> reads = List.of(get("/people"), get("/api/v1/people"),
				get("/api/v1/people").param("page", "2").param("size", "7"));
		List<Long> forFive = statements(reads, ADMIN);
		long forFiveAsLead = statements(List.of(get("/people")), lead).get(0);
		assertThat(forFive).as("statements are counted at all").allMatch(count -> count > 0);

		// when: 45 more
		for (int i = 0; i < 45; i++) {
			lead = populatedProvider();
		}

		// then
		assertThat(statements(reads, ADMIN)).isEqualTo(forFive);
		assertThat(statements(List.of(get("/people")), lead).get(0)).isEqualTo(forFiveAsLead);
		assertThat(people.visibleTo(admin)).hasSizeGreaterThan(50 * 4);
	}

	@Test
	void theApisPageIsThatPageOfTheWholeList() throws Exception {
		// given
		populatedProvider();
		populatedProvider();
		List<Member> all = people.visibleTo(admin);

		// when
		JsonNode page = json.readTree(pages.page(get("/api/v1/people").param("page", "1").param("size", "3"), ADMIN,
				200));

		// then
		assertThat(page.get("total").asLong()).isEqualTo(all.size());
		assertThat(page.get("items").findValuesAsText("userId"))
				.isEqualTo(all.subList(3, 6).stream().map(Member::userId).toList());
		assertThat(people.visibleTo(admin, PageRequest.of(0, all.size())).getContent()).isEqualTo(all);
	}

	/** A provider with two members (one its lead), one pending invitation and one deactivated person; its lead. */
	private String populatedProvider() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Provider provider = relationships.createProvider("Listed " + suffix, ProviderKind.VENDOR);
		String group = provider.getCandidateGroup();
		String lead = "lead." + suffix;
		fixtures.ensureUser(lead, group);
		fixtures.ensureUser("member." + suffix, group);
		fixtures.ensureUser("leaving." + suffix, group);
		leads.appoint(provider.getId(), lead);
		people.invite(admin, new Invite("Invited " + suffix, "invited." + suffix + "@vendor.example", null, group, null));
		people.deactivate(admin, "leaving." + suffix);
		return lead;
	}

	private List<Long> statements(List<MockHttpServletRequestBuilder> reads, String user) throws Exception {
		List<Long> counts = new java.util.ArrayList<>();
		for (MockHttpServletRequestBuilder read : reads) {
			CountingDataSource.start();
			try {
				mvc.perform(pages.as(read, user)).andExpect(status().isOk());
			}
			finally {
				counts.add(CountingDataSource.stop());
			}
		}
		return counts;
	}

	/**
	 * Wraps the application's data source so that every statement prepared on the counting thread is counted: Pacer's
	 * (JPA, JDBC) and the engine's (MyBatis) alike, and not the job executor's on its own threads.
	 */
	@TestConfiguration
	static class CountingDataSource {

		private static final ThreadLocal<AtomicLong> COUNT = new ThreadLocal<>();

		static void start() {
			COUNT.set(new AtomicLong());
		}

		static long stop() {
			long counted = COUNT.get().get();
			COUNT.remove();
			return counted;
		}

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource source ? proxy(DataSource.class, source) : bean;
				}
			};
		}

		private static <T> T proxy(Class<T> type, T target) {
			return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
					(self, method, arguments) -> {
						String called = method.getName();
						AtomicLong count = COUNT.get();
						if (count != null && type == Connection.class && (called.startsWith("prepare")
								|| called.equals("createStatement"))) {
							count.incrementAndGet();
						}
						try {
							Object result = method.invoke(target, arguments);
							return type == DataSource.class && result instanceof Connection connection
									? proxy(Connection.class, connection) : result;
						}
						catch (InvocationTargetException e) {
							throw e.getCause();
						}
					}));
		}
	}
}
