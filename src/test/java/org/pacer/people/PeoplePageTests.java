package org.pacer.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.api.ApiTokens;
import org.pacer.audit.AuditEvent;
import org.pacer.audit.AuditEventRepository;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The People pages and the invitation link with mail off (the test context has no mail host): the admin sees the
 * link once, the person sets a password under the policy and signs in; links work once, expire, are withdrawn or
 * replaced; bad input answers next to its field; a lead reaches only their own provider's people; and deactivating
 * someone ends their sessions, sign-in and tokens and hands their tasks back.
 */
@ProcessTest
@AutoConfigureMockMvc
class PeoplePageTests {

	private static final String ADMIN = "people-page-admin";

	private static final String PASSWORD = "Joined-Pacer-42";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private IdentityService identity;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ProviderLeads leads;

	@Autowired
	private InvitationRepository invitations;

	@Autowired
	private AuditEventRepository audit;

	@Autowired
	private PacerClock clock;

	private Pages pages;

	private Provider provider;

	private String suffix;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		suffix = UUID.randomUUID().toString().substring(0, 8);
		provider = relationships.createProvider("People " + suffix, ProviderKind.VENDOR);
	}

	@AfterEach
	void backToNow() {
		clock.backToNow();
	}

	@Test
	void anInvitedPersonSetsTheirPasswordThroughTheLinkShownOnceAndSignsIn() throws Exception {
		// when: invited without mail, the link is on the next page only
		MvcResult invited = invite(ADMIN, "Ana Smith", "Ana." + suffix + "@Vendor.example", "", provider.getCandidateGroup());
		String link = (String) invited.getFlashMap().get("invitationLink");
		String userId = "ana." + suffix;
		String list = pages.page(get("/people"), ADMIN, 200);
		String form = page(get(path(link)), 200);
		mvc.perform(post(path(link)).param("password", PASSWORD).param("passwordRepeat", PASSWORD).with(csrf()))
				.andExpect(status().isFound()).andExpect(redirectedUrl("/login?joined=" + userId));

		// then
		assertThat(link).startsWith("http://localhost/invitations/");
		assertThat(list).contains(userId, "invited, link valid until").doesNotContain(link);
		assertThat(form).contains("Ana Smith", "id=\"set-password\"", "name=\"passwordRepeat\"");
		mvc.perform(formLogin("/login").user(userId).password(PASSWORD)).andExpect(authenticated().withUsername(userId));
		assertThat(identity.createUserQuery().userId(userId).memberOfGroup(provider.getCandidateGroup()).count())
				.isEqualTo(1);
		assertThat(identity.createUserQuery().userId(userId).singleResult().getEmail())
				.isEqualTo("ana." + suffix + "@vendor.example");
		assertThat(pages.page(get("/people"), ADMIN, 200)).contains("active");
		assertThat(actions()).contains("PERSON_INVITED", "PERSON_JOINED");
		assertThat(page(get("/login?joined=" + userId), 200)).contains("Your password is set. Sign in as " + userId);
	}

	@Test
	void someoneInvitedAsTheProvidersLeadLeadsItOnceJoinedAndAStaffRoleHasNoLead() throws Exception {
		// when
		String link = (String) mvc.perform(pages.as(invitation("Lea Lead", "lea." + suffix + "@vendor.example", "",
				provider.getCandidateGroup()).param("lead", "true"), ADMIN)).andExpect(status().isFound()).andReturn()
				.getFlashMap().get("invitationLink");
		String userId = "lea." + suffix;

		// then: not before the password is set
		assertThat(leads.leads(userId, provider.getId())).isFalse();
		assertThat(pages.page(get("/people"), ADMIN, 200)).contains("invited as lead");
		mvc.perform(post(path(link)).param("password", PASSWORD).param("passwordRepeat", PASSWORD).with(csrf()))
				.andExpect(status().isFound());
		assertThat(leads.leads(userId, provider.getId())).isTrue();

		// and a staff role refuses it next to the box, the values kept
		String refused = HtmlUtils.htmlUnescape(mvc.perform(pages.as(invitation("Sam Staff", "sam." + suffix
				+ "@client.example", "", Roles.MANAGERS).param("lead", "true"), ADMIN)).andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused).contains("Only a provider's people lead it: a staff role has no lead", "Sam Staff");
	}

	@Test
	void aLinkWorksOnceAndAnswersAClearPageAfterwards() throws Exception {
		// given
		String link = linkFor("Bo Berg", "bo." + suffix + "@vendor.example");
		mvc.perform(post(path(link)).param("password", PASSWORD).param("passwordRepeat", PASSWORD).with(csrf()))
				.andExpect(status().isFound());

		// when
		String again = page(get(path(link)), 410);
		String postedAgain = page(post(path(link)).param("password", PASSWORD).param("passwordRepeat", PASSWORD)
				.with(csrf()), 410);

		// then
		assertThat(again).contains("id=\"invitation-closed\"", "This invitation has been used");
		assertThat(postedAgain).contains("This invitation has been used");
		assertThat(page(get("/invitations/not-a-link"), 404)).contains("This link is not (or no longer) valid");
	}

	@Test
	void aLinkExpiresAfterSevenDays() throws Exception {
		// given
		String link = linkFor("Cy Chen", "cy." + suffix + "@vendor.example");

		// when
		clock.travelTo(LocalDateTime.now().plusDays(6).plusHours(23));
		int justBefore = mvc.perform(get(path(link))).andReturn().getResponse().getStatus();
		clock.travelTo(LocalDateTime.now().plusDays(7).plusMinutes(1));
		String late = page(get(path(link)), 410);
		String postedLate = page(post(path(link)).param("password", PASSWORD).param("passwordRepeat", PASSWORD)
				.with(csrf()), 410);

		// then
		assertThat(justBefore).isEqualTo(200);
		assertThat(late).contains("This invitation has expired");
		assertThat(pages.page(get("/people"), ADMIN, 200)).contains("invitation expired on");
		assertThat(postedLate).contains("This invitation has expired");
		assertThat(identity.createUserQuery().userId("cy." + suffix).count()).isZero();
	}

	@Test
	void aWithdrawnLinkIsDeadAndAResentOneReplacesTheOldLink() throws Exception {
		// given
		String first = linkFor("Di Dahl", "di." + suffix + "@vendor.example");
		String withdrawn = linkFor("Ed Eng", "ed." + suffix + "@vendor.example");
		long diInvitation = invitationOf("di." + suffix);
		long edInvitation = invitationOf("ed." + suffix);

		// when
		MvcResult resent = mvc.perform(pages.as(post("/people/invitations/" + diInvitation + "/resend"), ADMIN))
				.andExpect(status().isFound()).andReturn();
		String second = (String) resent.getFlashMap().get("invitationLink");
		mvc.perform(pages.as(post("/people/invitations/" + edInvitation + "/revoke"), ADMIN))
				.andExpect(status().isFound());

		// then
		assertThat(second).isNotEqualTo(first);
		assertThat(page(get(path(first)), 404)).contains("not (or no longer) valid");
		assertThat(page(get(path(second)), 200)).contains("id=\"set-password\"");
		assertThat(page(get(path(withdrawn)), 410)).contains("This invitation was withdrawn");
		assertThat(actions()).contains("INVITATION_RESENT", "INVITATION_REVOKED");
	}

	@Test
	void aPasswordThePolicyRefusesKeepsTheFormAndTheLinkOpen() throws Exception {
		// given
		String link = linkFor("Fay Fox", "fay." + suffix + "@vendor.example");

		// when
		String weak = page(post(path(link)).param("password", "short").param("passwordRepeat", "short")
				.with(csrf()), 400);
		String differ = page(post(path(link)).param("password", PASSWORD).param("passwordRepeat", PASSWORD + "x")
				.with(csrf()), 400);

		// then
		assertThat(weak).contains("The password is too weak", "at least 10 characters", "id=\"set-password\"");
		assertThat(differ).contains("The two passwords differ");
		assertThat(identity.createUserQuery().userId("fay." + suffix).count()).isZero();
		assertThat(page(get(path(link)), 200)).contains("id=\"set-password\"");
	}

	@Test
	void badInputAndAnAddressOrUserNameAlreadyThereAreRefusedNextToTheirFieldWithTheValuesKept() throws Exception {
		// given: someone already has the address, and someone the user name
		fixtures.ensureUser("taken." + suffix);
		var taken = identity.createUserQuery().userId("taken." + suffix).singleResult();
		taken.setEmail("taken." + suffix + "@vendor.example");
		identity.saveUser(taken);
		linkFor("Pending Person", "pending." + suffix + "@vendor.example");

		// when
		String duplicateAddress = pages.page(invitation("Gil Gray", "TAKEN." + suffix + "@vendor.example", "gil." + suffix,
				provider.getCandidateGroup()), ADMIN, 400);
		String duplicateUser = pages.page(invitation("Gil Gray", "gil." + suffix + "@vendor.example", "taken." + suffix,
				provider.getCandidateGroup()), ADMIN, 400);
		String pendingAddress = pages.page(invitation("Gil Gray", "pending." + suffix + "@vendor.example", "",
				provider.getCandidateGroup()), ADMIN, 400);
		String bad = pages.page(invitation(" ", "not-an-address", "bad id!", "provider-nobody"), ADMIN, 400);

		// then
		assertThat(duplicateAddress).contains("Someone with this address is already in Pacer or invited",
				"value=\"Gil Gray\"", "value=\"gil." + suffix + "\"");
		assertThat(duplicateUser).contains("The user name 'taken." + suffix + "' is taken");
		assertThat(pendingAddress).contains("Someone with this address is already in Pacer or invited");
		assertThat(bad).contains("Give the person's name", "Give an address such as", "Use letters, digits, dots",
				"Choose a role or a provider whose people you manage", "value=\"not-an-address\"");
		assertThat(identity.createUserQuery().userId("gil." + suffix).count()).isZero();
	}

	@Test
	void aProvidersLeadManagesTheirOwnProvidersPeopleOnlyAndOthersMayNotManageAny() throws Exception {
		// given
		Provider other = relationships.createProvider("Other " + suffix, ProviderKind.VENDOR);
		String lead = "lead." + suffix;
		String colleague = "colleague." + suffix;
		String stranger = "stranger." + suffix;
		fixtures.ensureUser(lead, provider.getCandidateGroup());
		fixtures.ensureUser(colleague, provider.getCandidateGroup());
		fixtures.ensureUser(stranger, other.getCandidateGroup());
		leads.appoint(provider.getId(), lead);
		fixtures.ensureUser(CycleFixtures.MANAGER, Roles.MANAGERS);

		// when
		String list = pages.page(get("/people"), lead, 200);
		String form = pages.page(get("/people/new"), lead, 200);
		String otherGroup = pages.page(invitation("Hal Hu", "hal." + suffix + "@vendor.example", "",
				other.getCandidateGroup()), lead, 400);
		String staffGroup = pages.page(invitation("Hal Hu", "hal." + suffix + "@vendor.example", "", Roles.ADMINS),
				lead, 400);
		mvc.perform(pages.as(post("/people/" + stranger + "/deactivate"), lead)).andExpect(status().isNotFound());
		mvc.perform(pages.as(post("/people/" + stranger + "/lead").param("providerId", other.getId().toString()), lead))
				.andExpect(status().isNotFound());
		mvc.perform(pages.as(post("/people/" + colleague + "/lead").param("providerId", provider.getId().toString()),
				lead)).andExpect(status().isFound());

		// then
		assertThat(list).contains(provider.getName(), colleague).doesNotContain(other.getName(), stranger,
				"Relationship managers");
		assertThat(form).contains(provider.getCandidateGroup()).doesNotContain(other.getCandidateGroup(),
				"value=\"" + Roles.ADMINS + "\"");
		assertThat(otherGroup).contains("Choose a role or a provider whose people you manage");
		assertThat(staffGroup).contains("Choose a role or a provider whose people you manage");
		assertThat(leads.leads(colleague, provider.getId())).isTrue();
		assertThat(identity.createGroupQuery().groupMember(stranger).count()).isEqualTo(1);
		assertThat(pages.page(get("/people"), lead, 200)).contains("active · lead");
		pages.page(get("/people"), CycleFixtures.MANAGER, 403);
		pages.page(get("/people/new"), stranger, 403);
		assertThat(pages.page(get("/tasks"), lead, 200)).contains("id=\"nav-people\"");
		assertThat(pages.page(get("/tasks"), stranger, 200)).doesNotContain("id=\"nav-people\"");
	}

	@Test
	void deactivatingSomeoneEndsTheirSessionSignInAndTokensAndHandsTheirTasksBack() throws Exception {
		// given: a lead signed in for real (a session in the session store), with a token and two tasks
		String person = "leaving." + suffix;
		identity.saveUser(user(person));
		identity.createMembership(person, provider.getCandidateGroup());
		leads.appoint(provider.getId(), person);
		Cookie session = signIn(person);
		mvc.perform(get("/tasks").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		String secret = tokens.create(new CurrentUser(person, Set.of(provider.getCandidateGroup()),
				Set.of(Roles.ROLE_PROVIDER)), provider.getId(), "Their ERP", 30).secret();
		// the lifecycle's first task, offered to nobody but its assignee, given to the person instead of the manager
		fixtures.ensureUser(CycleFixtures.MANAGER, Roles.MANAGERS);
		Relationship relationship = fixtures.startedRelationshipManagedBy(CycleFixtures.MANAGER,
				fixtures.firstOfMonthsAgo(1));
		Task alone = tasks.createTaskQuery().processVariableValueEquals("relationshipId", relationship.getId())
				.singleResult();
		tasks.setAssignee(alone.getId(), person);
		Task grouped = task("Grouped " + suffix, person, provider.getCandidateGroup());

		// when
		mvc.perform(pages.as(post("/people/" + person + "/deactivate"), ADMIN)).andExpect(status().isFound());

		// then
		try {
			mvc.perform(get("/tasks").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
					.andExpect(redirectedUrlPattern("**/login"));
			mvc.perform(formLogin("/login").user(person).password(PASSWORD)).andExpect(unauthenticated());
			mvc.perform(get("/api/v1/people").with(httpBasic(person, PASSWORD))).andExpect(status().isUnauthorized());
			assertThat(tokens.authenticate(secret)).isEmpty();
			assertThat(tasks.createTaskQuery().taskId(grouped.getId()).singleResult().getAssignee()).isNull();
			assertThat(tasks.createTaskQuery().taskId(grouped.getId()).taskCandidateGroup(provider.getCandidateGroup())
					.count()).isEqualTo(1);
			assertThat(tasks.createTaskQuery().taskId(alone.getId()).singleResult().getAssignee())
					.isEqualTo(CycleFixtures.MANAGER);
			assertThat(fixtures.notificationsOf(relationship, "TASK_ASSIGNED")).anySatisfy(n -> {
				assertThat(n.getRecipientUser()).isEqualTo(CycleFixtures.MANAGER);
				assertThat(n.getSubject()).startsWith("Task handed back: " + alone.getName());
				assertThat(n.getBody()).contains(person + " was deactivated by " + ADMIN);
			});
			assertThat(identity.createUserQuery().userId(person).count()).isEqualTo(1);
			assertThat(identity.createGroupQuery().groupMember(person).count()).isZero();
			assertThat(leads.leads(person, provider.getId())).isFalse();
			assertThat(pages.page(get("/people"), ADMIN, 200)).contains("deactivated");
			assertThat(actions()).contains("PERSON_DEACTIVATED", "TASK_HANDED_BACK");
		}
		finally {
			tasks.deleteTask(grouped.getId(), true);
		}
	}

	@Test
	void aDeactivatedPersonIsReactivatedInTheGroupsTheyLeft() throws Exception {
		// given: a provider's person, deactivated
		String person = "back." + suffix;
		identity.saveUser(user(person));
		identity.createMembership(person, provider.getCandidateGroup());
		mvc.perform(pages.as(post("/people/" + person + "/deactivate"), ADMIN)).andExpect(status().isFound());
		mvc.perform(formLogin("/login").user(person).password(PASSWORD)).andExpect(unauthenticated());
		assertThat(pages.page(get("/people"), ADMIN, 200)).contains("id=\"reactivate-" + person + "\"");

		// when: someone who does not manage the provider tries, then an administrator does
		fixtures.ensureUser(CycleFixtures.MANAGER, Roles.MANAGERS);
		mvc.perform(pages.as(post("/people/" + person + "/reactivate"), CycleFixtures.MANAGER))
				.andExpect(status().isForbidden());
		mvc.perform(pages.as(post("/people/" + person + "/reactivate"), ADMIN)).andExpect(status().isFound());

		// then: back in their group, with their password, and audited; a second time there is nobody to reactivate
		assertThat(identity.createGroupQuery().groupMember(person).list()).extracting(g -> g.getId())
				.containsExactly(provider.getCandidateGroup());
		mvc.perform(formLogin("/login").user(person).password(PASSWORD)).andExpect(authenticated());
		assertThat(actions()).contains("PERSON_REACTIVATED");
		mvc.perform(pages.as(post("/people/" + person + "/reactivate"), ADMIN)).andExpect(status().isNotFound());
	}

	private MvcResult invite(String by, String name, String email, String userId, String group) throws Exception {
		return mvc.perform(pages.as(invitation(name, email, userId, group), by)).andExpect(status().isFound())
				.andReturn();
	}

	private MockHttpServletRequestBuilder invitation(String name,
			String email, String userId, String group) {
		return post("/people").param("name", name).param("email", email).param("userId", userId).param("group", group);
	}

	private String linkFor(String name, String email) throws Exception {
		return (String) invite(ADMIN, name, email, "", provider.getCandidateGroup()).getFlashMap()
				.get("invitationLink");
	}

	private long invitationOf(String userId) {
		return invitations.findAll().stream().filter(i -> i.getUserId().equals(userId) && i.isPending()).findFirst()
				.orElseThrow().getId();
	}

	/** A page asked for without signing in, as the invited person opens it. */
	private String page(MockHttpServletRequestBuilder request, int status)
			throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String path(String link) {
		return link.substring("http://localhost".length());
	}

	/** The audited actions about this test's people (their user names carry the test's suffix). */
	private List<String> actions() {
		return audit.findAll().stream().filter(e -> e.getDetail() != null && e.getDetail().contains(suffix))
				.map(AuditEvent::getAction).toList();
	}

	private User user(String id) {
		User user = identity.newUser(id);
		user.setFirstName("Leaving");
		user.setLastName("Person");
		user.setPassword(PASSWORD);
		return user;
	}

	/** Signs in through the login form, as a browser does: the session lives in Spring Session's tables. */
	private Cookie signIn(String userId) throws Exception {
		MvcResult signedIn = mvc.perform(formLogin("/login").user(userId).password(PASSWORD))
				.andExpect(authenticated()).andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		return session;
	}

	/** A task outside any process, offered to a group and taken by one of its members. */
	private Task task(String name, String assignee, String group) {
		Task task = tasks.newTask();
		task.setName(name);
		tasks.saveTask(task);
		tasks.addCandidateGroup(task.getId(), group);
		tasks.setAssignee(task.getId(), assignee);
		return task;
	}
}
