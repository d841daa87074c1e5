package org.pacer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.people.People;
import org.pacer.people.People.Invite;
import org.pacer.people.People.Member;
import org.pacer.people.People.State;
import org.pacer.people.PeopleScope;
import org.pacer.people.ProviderLeads;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.ProviderService;
import org.pacer.relationship.ProviderService.ProviderDetails;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Import page: a file is checked through the domain's own services and nothing is saved until it is clean and
 * confirmed; every refused row is shown on its line and column; a file that is not UTF-8, mixes encodings or is too
 * long is refused as a whole; a row refused at saving saves nothing; only the people the portal lets create a
 * provider or relationship may import one.
 */
@ProcessTest
@AutoConfigureMockMvc
class ImportsPageTests {

	private static final String ADMIN = "imports-admin";

	private static final String MANAGER = CycleFixtures.MANAGER;

	private static final String OTHER_MANAGER = "imports-other-manager";

	private static final String HEADER = "name,kind,contact,notes\n";

	private static final String PEOPLE_HEADER = "name,email,user_id,group,lead\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private ImportRunRepository runs;

	@Autowired
	private ProviderService providers;

	@Autowired
	private RelationshipRepository relationships;

	@Autowired
	private ResultService results;

	@Autowired
	private TaskService tasks;

	@Autowired
	private MeasureService measureService;

	@Autowired
	private ImportProblemRepository problemRepository;

	@Autowired
	private People people;

	@Autowired
	private ProviderLeads leads;

	private Pages pages;

	/** Names in this test's files start with it, so each test sees only what it imported. */
	private String tag;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		tag = "Imp" + UUID.randomUUID().toString().substring(0, 6);
	}

	@AfterEach
	void removeImportedLifecycles() {
		fixtures.removeInstancesOf(relationships.findAll().stream().filter(r -> r.getName().startsWith(tag))
				.map(Relationship::getId).toList());
	}

	@Test
	void anAdministratorChecksAProvidersFileSeesItsRowsAndImportsThemWithOneMoreClick() throws Exception {
		// given
		String csv = HEADER + tag + " Hosting,vendor,desk@hosting.example,\n" + tag + " Team,internal team,,\"Ops, "
				+ "on call\"\n" + tag + " Cloud,Vendor,,\n";

		// when
		ImportRun checked = uploadAndWait("PROVIDERS", null, csv, ADMIN);

		// then: checked, every row fine, nothing saved yet
		assertThat(checked.getStatus()).isEqualTo(ImportStatus.CHECKED);
		assertThat(checked.saveable()).isTrue();
		assertThat(checked.getTotalRows()).isEqualTo(3);
		assertThat(ours()).isEmpty();
		String page = pages.page(get("/imports/" + checked.getId()), ADMIN, 200);
		assertThat(page).contains("All 3 rows can be imported", tag + " Hosting", "Ops, on call", "Import 3 rows");

		// when
		mvc.perform(pages.as(post("/imports/" + checked.getId() + "/save"), ADMIN)).andExpect(status().isFound());
		ImportRun saved = finished(checked.getId());

		// then
		assertThat(saved.getStatus()).isEqualTo(ImportStatus.SAVED);
		assertThat(saved.getSavedRows()).isEqualTo(3);
		assertThat(ours()).extracting(Provider::getName, Provider::getKind).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(tag + " Hosting", ProviderKind.VENDOR),
				org.assertj.core.groups.Tuple.tuple(tag + " Team", ProviderKind.INTERNAL_TEAM),
				org.assertj.core.groups.Tuple.tuple(tag + " Cloud", ProviderKind.VENDOR));
		assertThat(pages.page(get("/imports/" + checked.getId()), ADMIN, 200)).contains("3 rows imported");
		// a second click imports nothing twice
		mvc.perform(pages.as(post("/imports/" + checked.getId() + "/save"), ADMIN)).andExpect(status().isFound());
		assertThat(ours()).hasSize(3);
	}

	@Test
	void everyRefusedRowIsShownOnItsLineAndColumnAndNothingIsSaved() throws Exception {
		// given
		providers.create(ProviderDetails.of(tag + " Existing", ProviderKind.VENDOR), ADMIN);
		String csv = HEADER + tag + " Fine,vendor,,\n" // line 2
				+ tag + " existing,vendor,,\n" // 3: exists already, in another case
				+ tag + " Twice,vendor,,\n" // 4
				+ tag + " TWICE,vendor,,\n" // 5: same name as line 4
				+ tag + " Odd,supplier,,\n" // 6: no such kind
				+ ",vendor,,\n" // 7: no name
				+ tag + " Wide,vendor,,,extra\n"; // 8: a field too many

		// when
		ImportRun run = uploadAndWait("PROVIDERS", null, csv, ADMIN);

		// then
		assertThat(run.getStatus()).isEqualTo(ImportStatus.CHECKED);
		assertThat(run.saveable()).isFalse();
		assertThat(run.getErrorRows()).isEqualTo(5);
		String page = pages.page(get("/imports/" + run.getId()), ADMIN, 200);
		assertThat(page).contains("5 of 7 rows were refused", "Nothing was saved");
		assertThat(problems(run)).containsExactly(
				"3 name A provider named '" + tag + " Existing' exists already",
				"5 name Line 4 has the same name: each row must differ in it",
				"6 kind 'supplier' is not a kind: write vendor or internal team",
				"7 name Give the provider a name",
				"8 null The row has 5 fields but the header row 4; a value with a comma needs quotes.");
		assertThat(ours()).extracting(Provider::getName).containsExactly(tag + " Existing");

		// when: saving it anyway
		mvc.perform(pages.as(post("/imports/" + run.getId() + "/save"), ADMIN)).andExpect(status().isFound());

		// then
		assertThat(ours()).extracting(Provider::getName).containsExactly(tag + " Existing");
		assertThat(runs.findById(run.getId()).orElseThrow().getStatus()).isEqualTo(ImportStatus.CHECKED);
	}

	@Test
	void aFileThatMixesEncodingsHasAnUnknownColumnOrTooManyRowsIsRefusedAsAWhole() throws Exception {
		// given
		ByteArrayOutputStream mixed = new ByteArrayOutputStream();
		mixed.writeBytes((HEADER + tag + " Müller,vendor,,\n").getBytes(StandardCharsets.UTF_8));
		mixed.writeBytes((tag + " Böhm,vendor,,\n").getBytes(StandardCharsets.ISO_8859_1));
		StringBuilder tooMany = new StringBuilder(HEADER);
		for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
			tooMany.append(tag).append(" P").append(i).append(",vendor,,\n");
		}

		// then
		assertThat(problems(uploadAndWait("PROVIDERS", null, mixed.toByteArray(), ADMIN))).containsExactly(
				"null null Line 3: the file is not UTF-8 text from this line on. Save it as \"CSV UTF-8\" and upload "
						+ "it again. A file put together from several exports may mix encodings.");
		assertThat(problems(uploadAndWait("PROVIDERS", null, "name,kind,colour\nx,vendor,red\n", ADMIN)))
				.containsExactly("null null The header row has an unknown column 'colour'. The columns are name, "
						+ "kind, contact, notes.");
		ImportRun long_ = uploadAndWait("PROVIDERS", null, tooMany.toString(), ADMIN);
		assertThat(problems(long_)).containsExactly("null null The file has 10001 rows; import at most 10000 at a "
				+ "time: split it and import the parts one after the other.");
		assertThat(long_.saveable()).isFalse();
		assertThat(pages.page(get("/imports/" + long_.getId()), ADMIN, 200)).contains("The file was not read");
		assertThat(ours()).isEmpty();
	}

	@Test
	void tenThousandProvidersAreCheckedRowByRowWithoutSavingOne() throws Exception {
		// given
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < ImportFile.MAX_ROWS; i++) {
			csv.append(tag).append(" Provider ").append(i).append(",vendor,,\n");
		}

		// when
		ImportRun run = uploadAndWait("PROVIDERS", null, csv.toString(), ADMIN);

		// then
		assertThat(run.getStatus()).isEqualTo(ImportStatus.CHECKED);
		assertThat(run.getDoneRows()).isEqualTo(ImportFile.MAX_ROWS);
		assertThat(run.saveable()).isTrue();
		assertThat(ours()).isEmpty();
		assertThat(pages.page(get("/imports/" + run.getId()), ADMIN, 200))
				.contains("All 10000 rows can be imported", "The first 200 of 10000 rows are shown");
	}

	@Test
	void aRowRefusedAtSavingBecauseTheDataChangedSavesNoRowAtAll() throws Exception {
		// given: a clean check, then someone adds one of its providers by hand
		ImportRun run = uploadAndWait("PROVIDERS", null, HEADER + tag + " One,vendor,,\n" + tag + " Two,vendor,,\n",
				ADMIN);
		assertThat(run.saveable()).isTrue();
		providers.create(ProviderDetails.of(tag + " Two", ProviderKind.VENDOR), ADMIN);

		// when
		mvc.perform(pages.as(post("/imports/" + run.getId() + "/save"), ADMIN)).andExpect(status().isFound());
		ImportRun failed = finished(run.getId());

		// then
		assertThat(failed.getStatus()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.getMessage()).startsWith("Line 3 was refused while saving");
		assertThat(ours()).extracting(Provider::getName).containsExactly(tag + " Two");
		assertThat(pages.page(get("/imports/" + run.getId()), ADMIN, 200)).contains("Nothing was saved",
				"A provider named '" + tag + " Two' exists already");
	}

	@Test
	void importedRelationshipsStartTheirCycleAndBadRowsNameTheirColumn() throws Exception {
		// given
		Provider provider = providers.create(ProviderDetails.of(tag + " Vendor", ProviderKind.VENDOR), ADMIN);
		String start = LocalDate.now().withDayOfMonth(1).toString();
		String header = "name,provider,manager,review_period,start_date\n";
		String bad = header + tag + " A," + provider.getName() + "," + ADMIN + ",monthly," + start + "\n"
				+ tag + " B,Nobody Ltd," + MANAGER + ",weekly,01/02/2026\n";
		String good = header + tag + " Web shop," + provider.getName().toUpperCase() + "," + MANAGER + ",monthly,"
				+ start + "\n" + tag + " Payroll," + provider.getName() + "," + MANAGER + ",Quarterly," + start + "\n";

		// when
		ImportRun refused = uploadAndWait("RELATIONSHIPS", null, bad, MANAGER);

		// then
		assertThat(problems(refused)).containsExactly(
				"2 manager " + ADMIN + " is not a manager: choose a member of the managers group",
				"3 provider No provider is named 'Nobody Ltd': add it first (Providers, or a providers import)",
				"3 review_period 'weekly' is not a review period: write monthly or quarterly",
				"3 start_date '01/02/2026' is not a date as YYYY-MM-DD");
		assertThat(mine()).isEmpty();

		// when
		ImportRun checked = uploadAndWait("RELATIONSHIPS", null, good, MANAGER);
		mvc.perform(pages.as(post("/imports/" + checked.getId() + "/save"), MANAGER)).andExpect(status().isFound());

		// then
		assertThat(finished(checked.getId()).getStatus()).isEqualTo(ImportStatus.SAVED);
		assertThat(mine()).extracting(Relationship::getName).containsExactlyInAnyOrder(tag + " Web shop",
				tag + " Payroll");
		for (Relationship relationship : mine()) {
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(relationship.getId().toString())
					.taskDefinitionKey("Task_SetExpectedOutcomes").taskAssignee(MANAGER).count()).isEqualTo(1);
		}
	}

	@Test
	void aRelationshipsHistoryFillsItsTrendBeforeItStartedAndRefusesPeriodsItDoesNotHave() throws Exception {
		// given
		LocalDate start = fixtures.firstOfMonthsAgo(0);
		Relationship relationship = fixtures.measuredRelationship(start, 2, 2, 0);
		List<SuccessMeasure> measures = measureService.measuresOf(relationship.getId());
		SuccessMeasure first = measures.get(0);
		StringBuilder csv = new StringBuilder("period,measure_id,measure,value,comment\n");
		for (SuccessMeasure m : measures) {
			csv.append(start.minusMonths(2)).append(',').append(m.getId()).append(",,97.5,old report\n");
			csv.append(start.minusMonths(1)).append(",,").append(m.getName()).append(",98,\n");
		}
		String bad = "period,measure_id,measure,value\n" + start + "," + first.getId() + ",,99\n" // the first period
				+ start.minusMonths(1).withDayOfMonth(15) + "," + first.getId() + ",,99\n" // not a period's first day
				+ start.minusMonths(1) + ",,No such measure,99\n" + start.minusMonths(1) + "," + first.getId() + ",,lots\n";

		// when
		ImportRun refused = uploadAndWait("HISTORY", relationship.getId(), bad, MANAGER);

		// then
		assertThat(problems(refused)).containsExactly(
				"2 period Period " + start + " is not before the relationship started (" + start + "): its results "
						+ "come through the period's task",
				"3 period A period is named by its first day, for example " + start.minusMonths(1),
				"4 measure Unknown measure 'No such measure': it is not a measure of this relationship.",
				"5 value 'lots' is not a number");

		// when
		ImportRun checked = uploadAndWait("HISTORY", relationship.getId(), csv.toString(), MANAGER);
		assertThat(checked.saveable()).as("problems: %s", problems(checked)).isTrue();
		mvc.perform(pages.as(post("/imports/" + checked.getId() + "/save"), MANAGER)).andExpect(status().isFound());

		// then
		assertThat(finished(checked.getId()).getSavedRows()).isEqualTo(measures.size() * 2);
		List<PeriodResult> history = results.history(measures);
		assertThat(history).hasSize(measures.size() * 2).allMatch(r -> r.getSource() == ResultSource.HISTORY);
		assertThat(history).filteredOn(r -> r.getMeasureId().equals(first.getId()))
				.extracting(PeriodResult::getPeriodStart, r -> r.getValue().compareTo(BigDecimal.valueOf(97.5)) == 0)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(start.minusMonths(2), true),
						org.assertj.core.groups.Tuple.tuple(start.minusMonths(1), false));
		assertThat(fixtures.actions(relationship)).contains("IMPORT_SAVED");
	}

	@Test
	void onlyThePeopleWhoMayCreateTheThingMayImportIt() throws Exception {
		// given
		fixtures.ensureUser(OTHER_MANAGER, Roles.MANAGERS);
		Relationship theirs = fixtures.startedRelationshipManagedBy(OTHER_MANAGER, fixtures.firstOfMonthsAgo(0));
		String vendor = fixtures.providerUser(theirs);
		fixtures.ensureUser(vendor, theirs.getProvider().getCandidateGroup());
		ImportRun adminsRun = uploadAndWait("PROVIDERS", null, HEADER + tag + " X,vendor,,\n", ADMIN);

		// then: a vendor has no import at all, a manager imports no providers
		pages.page(get("/imports"), vendor, 403);
		assertThat(pages.page(get("/imports"), MANAGER, 200)).contains("Relationships", "Historical results")
				.doesNotContain("kind-PROVIDERS");
		mvc.perform(pages.as(upload("PROVIDERS", null, (HEADER + "x,vendor,,\n").getBytes(StandardCharsets.UTF_8)),
				MANAGER)).andExpect(status().isForbidden());
		// another person's run does not exist for them
		pages.page(get("/imports/" + adminsRun.getId()), MANAGER, 404);
		// a history only for the relationship's own manager
		String page = HtmlPage.of(mvc.perform(pages.as(upload("HISTORY", theirs.getId(),
				"period,measure,value\n2020-01-01,x,1\n".getBytes(StandardCharsets.UTF_8)), MANAGER))
				.andExpect(status().isBadRequest()).andReturn());
		assertThat(page).contains("Only the relationship's manager or an administrator imports its history");
		// no kind, no file: next to the field
		String empty = HtmlPage.of(mvc.perform(pages.as(multipart("/imports"), MANAGER))
				.andExpect(status().isBadRequest()).andReturn());
		assertThat(empty).contains("Choose what the file holds");
	}

	@Test
	void anAdministratorImportsPeopleAndEachIsInvitedAsTheFormInvitesThemOnlyOnceTheFileIsImported() throws Exception {
		// given: a provider named in the file, another by its group, a staff group by its id
		Provider acme = providers.create(ProviderDetails.of(tag + " Acme", ProviderKind.VENDOR), ADMIN);
		Provider team = providers.create(ProviderDetails.of(tag + " Team", ProviderKind.INTERNAL_TEAM), ADMIN);
		String id = tag.toLowerCase();
		String csv = PEOPLE_HEADER + "Ana Smith," + id + "-ana@" + id + ".example,," + tag.toUpperCase() + " ACME,yes\n"
				+ "Bo Berg,bo@" + id + ".example," + id + "-bo," + team.getCandidateGroup() + ",no\n"
				+ "Cy Cole,cy@" + id + ".example," + id + "-cy,managers,\n";

		// when
		ImportRun checked = uploadAndWait("PEOPLE", null, csv, ADMIN);

		// then: clean, previewed, nobody invited yet
		assertThat(checked.saveable()).as("problems: %s", problems(checked)).isTrue();
		assertThat(pages.page(get("/imports/" + checked.getId()), ADMIN, 200)).contains("All 3 rows can be imported",
				"Ana Smith", "cy@" + id + ".example");
		assertThat(invited(id)).isEmpty();

		// when
		mvc.perform(pages.as(post("/imports/" + checked.getId() + "/save"), ADMIN)).andExpect(status().isFound());

		// then: each is a pending invitation in their group, as the form leaves them; Ana will lead Acme
		assertThat(finished(checked.getId()).getSavedRows()).isEqualTo(3);
		assertThat(invited(id)).extracting(Member::userId, Member::group, Member::state, Member::lead)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple(id + "-ana", acme.getCandidateGroup(), State.INVITED, true),
						org.assertj.core.groups.Tuple.tuple(id + "-bo", team.getCandidateGroup(), State.INVITED, false),
						org.assertj.core.groups.Tuple.tuple(id + "-cy", Roles.MANAGERS, State.INVITED, false));
		assertThat(pages.page(get("/people"), ADMIN, 200)).contains(id + "-ana@" + id + ".example", "invited as lead");
		assertThat(mvc.perform(pages.as(get("/imports/templates/people.csv"), ADMIN)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
				.startsWith(PEOPLE_HEADER.replace("\n", "\r\n"));
	}

	@Test
	void aPeopleFileWithBadRowsNamesEachRowsProblemAndInvitesNobody() throws Exception {
		// given: someone invited already, and an archived provider
		Provider acme = providers.create(ProviderDetails.of(tag + " Acme", ProviderKind.VENDOR), ADMIN);
		Provider old = providers.create(ProviderDetails.of(tag + " Old", ProviderKind.VENDOR), ADMIN);
		providers.archive(old.getId(), ADMIN);
		String id = tag.toLowerCase();
		people.invite(adminScope(), new Invite("Early Bird", "early@" + id + ".example", id + "-early",
				acme.getCandidateGroup(), false));
		String csv = PEOPLE_HEADER + "Fine Person," + id + "-fine@" + id + ".example,," + acme.getName() + ",\n" // line 2
				+ "Twice," + id.toUpperCase() + "-TWICE@" + id + ".example,," + acme.getName() + ",\n" // 3
				+ "Twice Again," + id + "-twice@" + id + ".example,," + acme.getName() + ",\n" // 4: same address as line 3
				+ "Late,early@" + id + ".example," + id + "-late," + acme.getName() + ",\n" // 5: invited already
				+ "Taken," + id + "-taken@" + id + ".example," + ADMIN + "," + acme.getName() + ",\n" // 6: a user's name
				+ "Nowhere," + id + "-nowhere@" + id + ".example,,Nobody Ltd,\n" // 7: no such group
				+ "Boss," + id + "-boss@" + id + ".example,,managers,yes\n" // 8: staff have no lead
				+ "Maybe," + id + "-maybe@" + id + ".example,," + acme.getName() + ",perhaps\n" // 9
				+ "Gone," + id + "-gone@" + id + ".example,," + old.getName() + ",\n" // 10: archived
				+ ",not-an-address,,managers,\n"; // 11

		// when
		ImportRun run = uploadAndWait("PEOPLE", null, csv, ADMIN);

		// then
		assertThat(problems(run)).containsExactly(
				"4 email Line 3 has the same email: each row must differ in it",
				"5 email Someone with this address is already in Pacer or invited",
				"6 user_id The user name '" + ADMIN + "' is taken: choose another one",
				"7 group Choose a role or a provider whose people you manage",
				"8 lead Only a provider's people lead it: a staff role has no lead",
				"9 lead 'perhaps' is not yes or no",
				"10 group This provider is archived: it takes no new people",
				"11 name Give the person's name",
				"11 email Give an address such as ana@vendor.example");
		assertThat(pages.page(get("/imports/" + run.getId()), ADMIN, 200)).contains("8 of 10 rows were refused",
				"Nothing was saved");

		// when: saving it anyway
		mvc.perform(pages.as(post("/imports/" + run.getId() + "/save"), ADMIN)).andExpect(status().isFound());

		// then: only the invitation made before the file
		assertThat(invited(id)).extracting(Member::userId).containsExactly(id + "-early");
	}

	@Test
	void onlyAdministratorsImportPeopleThoughAProvidersLeadInvitesTheirOwnOnTheForm() throws Exception {
		// given
		Relationship relationship = fixtures.startedRelationshipManagedBy(MANAGER, fixtures.firstOfMonthsAgo(0));
		Provider provider = relationship.getProvider();
		String lead = fixtures.providerUser(provider);
		leads.appoint(provider.getId(), lead);
		byte[] csv = (PEOPLE_HEADER + "Di Dale," + tag.toLowerCase() + "-di@" + tag.toLowerCase() + ".example,," + provider.getName() + ",\n")
				.getBytes(StandardCharsets.UTF_8);

		// then: a manager may neither invite nor import people
		pages.page(get("/people/new"), MANAGER, 403);
		assertThat(pages.page(get("/imports"), MANAGER, 200)).doesNotContain("kind-PEOPLE");
		mvc.perform(pages.as(upload("PEOPLE", null, csv), MANAGER)).andExpect(status().isForbidden());
		mvc.perform(pages.as(get("/imports/templates/people.csv"), MANAGER)).andExpect(status().isForbidden());
		// the provider's lead invites their own people on the form, but imports are staff pages
		pages.page(get("/people/new"), lead, 200);
		pages.page(get("/imports"), lead, 403);
		mvc.perform(pages.as(upload("PEOPLE", null, csv), lead)).andExpect(status().isForbidden());
		assertThat(invited(tag.toLowerCase())).isEmpty();
	}

	@Test
	void theTemplateOfEachKindHasItsColumnsAndAnExampleRow() throws Exception {
		String template = mvc.perform(pages.as(get("/imports/templates/relationships.csv"), MANAGER))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).isEqualTo("name,provider,manager,review_period,start_date\r\n"
				+ "Hosting of the web shop,Acme Hosting,mara,monthly,2026-01-01\r\n");
		mvc.perform(pages.as(get("/imports/templates/providers.csv"), MANAGER)).andExpect(status().isForbidden());
	}

	private List<Provider> ours() {
		return providers.all().stream().filter(p -> p.getName().startsWith(tag)).toList();
	}

	/** The people whose address is at this test's domain, as an administrator's People page lists them. */
	private List<Member> invited(String domain) {
		return people.visibleTo(adminScope()).stream().filter(m -> m.email() != null && m.email().endsWith("@" + domain
				+ ".example")).toList();
	}

	private PeopleScope adminScope() {
		return people.scopeOf(new CurrentUser(ADMIN, java.util.Set.of(Roles.ADMINS), java.util.Set.of(Roles.ROLE_ADMIN)));
	}

	private List<Relationship> mine() {
		return relationships.findAll().stream().filter(r -> r.getName().startsWith(tag)).toList();
	}

	/** Each problem as "line column message". */
	private List<String> problems(ImportRun run) {
		List<String> said = new ArrayList<>();
		for (ImportProblem p : problemsOf(run)) {
			said.add(p.getLine() + " " + p.getColumn() + " " + p.getMessage());
		}
		return said;
	}

	private List<ImportProblem> problemsOf(ImportRun run) {
		return problemRepository.findByRunIdOrderByLineAscIdAsc(run.getId(),
				org.springframework.data.domain.PageRequest.of(0, 100));
	}

	private ImportRun uploadAndWait(String kind, Long relationshipId, String csv, String user) throws Exception {
		return uploadAndWait(kind, relationshipId, csv.getBytes(StandardCharsets.UTF_8), user);
	}

	private ImportRun uploadAndWait(String kind, Long relationshipId, byte[] csv, String user) throws Exception {
		String location = mvc.perform(pages.as(upload(kind, relationshipId, csv), user)).andExpect(status().isFound())
				.andReturn().getResponse().getRedirectedUrl();
		return finished(Long.parseLong(location.substring("/imports/".length())));
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			String kind, Long relationshipId, byte[] csv) {
		var request = multipart("/imports").file(new MockMultipartFile("file", "import.csv", "text/csv", csv));
		request.param("kind", kind);
		if (relationshipId != null) {
			request.param("relationshipId", relationshipId.toString());
		}
		return request;
	}

	/** The run once its check or save has finished (it works on its own thread). */
	private ImportRun finished(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			ImportRun run = runs.findById(id).orElseThrow();
			if (!run.getStatus().working()) {
				return run;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Import " + id + " did not finish in 3 minutes");
	}

	/** A response's HTML as text, entities decoded. */
	private static final class HtmlPage {

		static String of(org.springframework.test.web.servlet.MvcResult result) throws Exception {
			return org.springframework.web.util.HtmlUtils
					.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
	}
}
