package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.identity.Actors;
import org.pacer.improvement.ImprovementPlanRepository;
import org.pacer.measure.MeasureService;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.review.PerformanceReviewRepository;
import org.pacer.scorecard.ScorecardRepository;
import org.pacer.sourcing.SourcingDecisionRepository;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every route Pacer maps, as every kind of user, with bad values in every place a value goes: path variables,
 * query parameters, form fields (read off the pages that post them) and the API's bodies. Nothing may answer 5xx,
 * and no provider's user may find another provider's relationship in any answer. The count of what answered what
 * is printed and written to target/bad-input-sweep.txt.
 */
// a database of its own: the demo loads only into an empty one, and other tests' relationships stay out of the count
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:pacer-sweep;DB_CLOSE_DELAY=-1",
		"pacer.demo.enabled=true", "pacer.api.burst=1000000", "pacer.api.per-minute=1000000" })
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(CycleFixtures.class)
class BadInputSweepTests {

	private static final List<String> ROLES = List.of("anonymous", "maria", "vera", "victor", "ian", "paula", "admin");

	private static final List<String> BAD = List.of("", "abc", "x".repeat(100_000), "-1", "2147483647", "2147483648",
			"1e400", "' OR 1=1--", "<script>alert(1)</script>", "../../etc/passwd", "=cmd|'/c calc'!A1");

	/** Where a form field's name is on a page: inputs, text areas and selects. */
	private static final Pattern FIELD = Pattern.compile("<(?:input|textarea|select)\\b[^>]*\\bname=\"([^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private PerformanceReviewRepository reviews;

	@Autowired
	private ScorecardRepository scorecards;

	@Autowired
	private ImprovementPlanRepository plans;

	@Autowired
	private SourcingDecisionRepository decisions;

	@Autowired
	private MeasureService measures;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private PacerClock clock;

	@Autowired
	private ObjectMapper json;

	/** One open task of every kind, by its BPMN id. */
	private final Map<String, String> taskOfKind = new TreeMap<>();

	/** A result row the API takes, per relationship id: its first period and first measure. */
	private final Map<String, Map<String, Object>> validRows = new LinkedHashMap<>();

	/** One request of the sweep: a route with values bound, as a role, and the slot and value that are bad. */
	private record Probe(HttpMethod method, String route, Map<String, String> path, String role, String slot,
			String value, Kind kind) {

		String shownValue() {
			return value == null ? "(missing)" : value.length() > 40 ? value.substring(0, 40) + "… (" + value.length()
					+ " chars)" : value;
		}
	}

	private enum Kind {
		PATH, QUERY, FILE, BODY, NONE
	}

	/** A route as Spring maps it, with the names of the values its handler takes. */
	private record Route(HttpMethod method, String pattern, List<String> pathVars, List<String> params,
			List<String> files, boolean body, boolean form) {
	}

	@Test
	void noRouteAnswers5xxAndNoProviderSeesAnotherProvidersRelationship() throws Exception {
		// given: the demo's relationships and tasks, three more of Acme's at the steps the demo has no task at,
		// and every route Pacer maps
		long started = System.nanoTime();
		moreWorkForAcme();
		List<Route> routes = routes();
		Map<String, List<String>> names = relationships.all().stream().collect(Collectors.groupingBy(
				r -> r.getProvider().getName(), Collectors.mapping(Relationship::getName, Collectors.toList())));
		Map<String, List<String>> foreign = Map.of(
				"vera", concat(names.get("Nimbus Support"), names.get("Service Desk")),
				"victor", concat(names.get("Acme Hosting"), names.get("Service Desk")),
				"ian", concat(names.get("Acme Hosting"), names.get("Nimbus Support")));
		Map<String, List<String>> realValues = realValues();
		relationships.all().forEach(r -> measures.measuresOf(r.getId()).stream().findFirst().ifPresent(m -> validRows
				.put(r.getId().toString(), Map.of("period", r.firstPeriod().toString(), "measureId", m.getId(), "value",
						"99"))));
		Map<String, Set<String>> formFields = new LinkedHashMap<>();
		Map<String, StringBuilder> pages = new LinkedHashMap<>();
		Map<String, Set<String>> openers = new LinkedHashMap<>();

		// when: first every route as it is (reading, also the pages the form fields are read off), then the bad values
		List<Probe> probes = new ArrayList<>();
		for (Route route : routes) {
			for (Map<String, String> binding : bindings(route, realValues)) {
				for (String role : ROLES) {
					probes.add(new Probe(route.method(), route.pattern(), binding, role, null, null, Kind.NONE));
				}
			}
		}
		probes.sort(Comparator.comparing((Probe p) -> p.method() != HttpMethod.GET));
		List<String> findings = new ArrayList<>();
		Map<Integer, Integer> byStatus = new TreeMap<>();
		Map<String, Map<Integer, Integer>> byRoute = new TreeMap<>();
		List<Probe> writes = new ArrayList<>();
		for (Probe probe : probes) {
			if (probe.method() != HttpMethod.GET) {
				writes.add(probe);
				continue;
			}
			MockHttpServletResponse answer = send(probe, routeOf(routes, probe), findings, foreign, byStatus, byRoute);
			if (answer != null && answer.getStatus() == 200 && String.valueOf(answer.getContentType()).contains("html")) {
				String page = expand(probe.route(), probe.path());
				String html = answer.getContentAsString(StandardCharsets.UTF_8);
				formFields.computeIfAbsent(page, k -> new LinkedHashSet<>()).addAll(fields(html));
				pages.computeIfAbsent(page, k -> new StringBuilder()).append(html);
				openers.computeIfAbsent(page, k -> new LinkedHashSet<>()).add(probe.role());
			}
		}
		List<Probe> bad = new ArrayList<>();
		for (Route route : routes) {
			List<Map<String, String>> bindings = bindings(route, realValues);
			for (int i = 0; i < bindings.size(); i++) {
				Map<String, String> binding = bindings.get(i);
				for (String role : badValueRoles(route, binding, i == 0, pages, openers)) {
					for (String slot : slots(route, binding, formFields)) {
						for (String value : BAD) {
							bad.add(new Probe(route.method(), route.pattern(), binding, role, slot, value, kind(route, slot)));
						}
					}
				}
			}
		}
		bad.sort(Comparator.comparing((Probe p) -> p.method() != HttpMethod.GET));
		for (Probe probe : bad) {
			send(probe, routeOf(routes, probe), findings, foreign, byStatus, byRoute);
		}
		// writes with nothing bad last: they may complete tasks the bad values should still find open
		for (Probe probe : writes) {
			send(probe, routeOf(routes, probe), findings, foreign, byStatus, byRoute);
		}

		// then
		int sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		String report = report(sent, routes.size(), byStatus, byRoute, findings, System.nanoTime() - started)
				+ "\nTasks swept:\n" + openedTasks(openers);
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "bad-input-sweep.txt"), report);
		assertThat(sent).isGreaterThan(1000);
		assertThat(findings).as(report).isEmpty();
	}

	/**
	 * Acme's results of a period to hand in (vera), and a new scope of work at its first two steps (maria): the
	 * forms with the most numbers and dates, which the demo has no open task of.
	 */
	private void moreWorkForAcme() {
		LocalDate start = clock.today().withDayOfMonth(1).minusMonths(3);
		Long acme = relationships.all().stream().filter(r -> r.getProvider().getName().equals("Acme Hosting"))
				.findFirst().orElseThrow().getProvider().getId();
		Relationship reporting = newScope("Acme sweep: reporting", acme, start);
		relationships.setOutcomes(reporting.getId(), 1, 1, 0, "maria");
		fixtures.coverNeeds(reporting.getId(), 1);
		fixtures.startReview(relationships.get(reporting.getId()), start);
		lifecycle.start(newScope("Acme sweep: outcomes", acme, start));
		ProcessInstance measuring = lifecycle.start(newScope("Acme sweep: measures", acme, start));
		Task outcomes = tasks.createTaskQuery().processInstanceId(measuring.getId()).singleResult();
		Actors.runAs("maria", () -> tasks.complete(outcomes.getId(),
				Map.of("expectedLevel", 2L, "currentLevel", 1L, "rampUpMonths", 3L)));
	}

	private Relationship newScope(String name, Long providerId, LocalDate start) {
		return relationships.create(new RelationshipService.NewRelationship(name, providerId, "maria",
				ReviewPeriod.MONTHLY, start), "maria");
	}

	private static List<String> concat(List<String> one, List<String> other) {
		List<String> both = new ArrayList<>(one);
		both.addAll(other);
		return both;
	}

	/**
	 * Who gets the bad values of a route with these path variables. With the first real values, everyone. A task's
	 * route with the other tasks: only where the task's page leads to it (the results of a results task, the actions
	 * of a plan), as those who could open the task, someone who could not, and anonymous; everyone else is stopped at
	 * the same access check whatever the values.
	 */
	private static List<String> badValueRoles(Route route, Map<String, String> binding, boolean first,
			Map<String, StringBuilder> pages, Map<String, Set<String>> openers) {
		if (first || !route.pattern().startsWith("/tasks/{taskId}")) {
			return first ? ROLES : List.of();
		}
		String taskPage = "/tasks/" + binding.get("taskId");
		String target = expand(route.pattern().replaceFirst("/\\{(?!taskId)[^}]+}.*", ""), binding);
		if (!target.equals(taskPage) && !pages.getOrDefault(taskPage, new StringBuilder()).toString().contains(target)) {
			return List.of();
		}
		Set<String> roles = new LinkedHashSet<>(openers.getOrDefault(taskPage, Set.of()));
		roles.add("anonymous");
		ROLES.stream().filter(r -> !roles.contains(r)).findFirst().ifPresent(roles::add);
		return List.copyOf(roles);
	}

	/** Pacer's routes, each with one method (a route without one is tried with GET and POST). */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.pacer")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				List<String> pathVars = new ArrayList<>();
				List<String> params = new ArrayList<>();
				List<String> files = new ArrayList<>();
				boolean body = false;
				boolean form = false;
				for (MethodParameter parameter : handler.getMethodParameters()) {
					PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
					String name = parameter.getParameterName();
					if (path != null) {
						pathVars.add(path.value().isEmpty() ? name : path.value());
					}
					else if (param != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
						form = true;
					}
					else if (param != null && parameter.getParameterType() == MultipartFile.class) {
						files.add(param.name().isEmpty() ? name : param.name());
					}
					else if (param != null) {
						params.add(param.name().isEmpty() ? name : param.name());
					}
					else if (parameter.hasParameterAnnotation(RequestBody.class)) {
						body = true;
					}
					else if (parameter.hasParameterAnnotation(ModelAttribute.class)
							&& parameter.getParameterType().isRecord()) {
						// a query bound to a record (the inbox's filters): each component is a parameter
						for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
							params.add(component.getName());
						}
					}
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), pattern.replace("/**", "/anything"),
							pathVars, params, files, body, form));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
		return routes;
	}

	/** Real values of the path variables: the demo's ids of each kind, a task of every kind. */
	private Map<String, List<String>> realValues() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put("relationship", relationships.all().stream().map(r -> r.getId().toString()).toList());
		values.put("review", reviews.findAll().stream().map(r -> r.getId().toString()).limit(3).toList());
		values.put("scorecard", scorecards.findAll().stream().map(s -> s.getId().toString()).limit(3).toList());
		values.put("plan", plans.findAll().stream().map(p -> p.getId().toString()).limit(3).toList());
		values.put("decision", decisions.findAll().stream().map(d -> d.getId().toString()).limit(3).toList());
		values.put("definition", repository.createProcessDefinitionQuery().latestVersion().list().stream()
				.map(d -> d.getId()).limit(2).toList());
		tasks.createTaskQuery().list().forEach(t -> taskOfKind.putIfAbsent(t.getTaskDefinitionKey(), t.getId()));
		values.put("task", List.copyOf(taskOfKind.values()));
		return values;
	}

	/** The real values to put in a route's path variables: the first varies over its real values, the rest take one. */
	private static List<Map<String, String>> bindings(Route route, Map<String, List<String>> real) {
		List<Map<String, String>> bindings = List.of(Map.of());
		for (int i = 0; i < route.pathVars().size(); i++) {
			String variable = route.pathVars().get(i);
			List<String> candidates = real.getOrDefault(kindOf(route.pattern(), variable), List.of());
			candidates = candidates.isEmpty() ? List.of("1") : i == 0 ? candidates : candidates.subList(0, 1);
			List<Map<String, String>> next = new ArrayList<>();
			for (Map<String, String> binding : bindings) {
				for (String value : candidates) {
					Map<String, String> more = new LinkedHashMap<>(binding);
					more.put(variable, value);
					next.add(more);
				}
			}
			bindings = next;
		}
		return bindings;
	}

	private static String kindOf(String pattern, String variable) {
		if (variable.equals("taskId")) {
			return "task";
		}
		if (!variable.equals("id") && !variable.equals("target")) {
			return variable;
		}
		if (pattern.contains("relationships/{id}")) {
			return "relationship";
		}
		if (pattern.contains("reviews/{id}")) {
			return "review";
		}
		if (pattern.contains("scorecards/{id}")) {
			return "scorecard";
		}
		if (pattern.contains("improvement-plans/{id}")) {
			return "plan";
		}
		if (pattern.contains("sourcing-decisions/{id}")) {
			return "decision";
		}
		return pattern.contains("/definitions/") ? "definition" : variable;
	}

	/** Every place of a route a value goes: path variables, parameters, files, the body, form fields of its page. */
	private static List<String> slots(Route route, Map<String, String> binding, Map<String, Set<String>> formFields) {
		List<String> slots = new ArrayList<>();
		route.pathVars().forEach(v -> slots.add("{" + v + "}"));
		slots.addAll(route.params());
		slots.addAll(route.files());
		if (route.body()) {
			slots.add("body");
			List.of("period", "measureId", "value", "unit", "comment").forEach(f -> slots.add("body.rows[0]." + f));
		}
		if (route.form()) {
			// a form posts to its page's address or below it: /tasks/{id}/results takes the fields of /tasks/{id}
			String page = expand(route.pattern(), binding);
			formFields.forEach((shown, names) -> {
				if (page.equals(shown) || page.startsWith(shown + "/")) {
					names.stream().filter(n -> !slots.contains(n) && !n.equals("_csrf")).forEach(slots::add);
				}
			});
		}
		return slots;
	}

	private static Kind kind(Route route, String slot) {
		if (slot.startsWith("{")) {
			return Kind.PATH;
		}
		if (slot.startsWith("body")) {
			return Kind.BODY;
		}
		return route.files().contains(slot) ? Kind.FILE : Kind.QUERY;
	}

	private static Route routeOf(List<Route> routes, Probe probe) {
		return routes.stream().filter(r -> r.method() == probe.method() && r.pattern().equals(probe.route()))
				.findFirst().orElseThrow();
	}

	/** Sends the probe and counts its answer; a 5xx or another provider's relationship is a finding. */
	private MockHttpServletResponse send(Probe probe, Route route, List<String> findings,
			Map<String, List<String>> foreign, Map<Integer, Integer> byStatus, Map<String, Map<Integer, Integer>> byRoute) {
		MockHttpServletResponse answer = null;
		int status;
		try {
			answer = mvc.perform(request(probe, route)).andReturn().getResponse();
			status = answer.getStatus();
		}
		catch (Exception e) {
			status = 500;
			findings.add(describe(probe, status) + ": " + rootCause(e));
		}
		byStatus.merge(status, 1, Integer::sum);
		byRoute.computeIfAbsent(probe.method() + " " + probe.route(), k -> new TreeMap<>()).merge(status, 1,
				Integer::sum);
		if (answer != null && status >= 500) {
			findings.add(describe(probe, status));
		}
		if (answer != null && foreign.containsKey(probe.role())) {
			String text = content(answer);
			String shown = describe(probe, status);
			foreign.get(probe.role()).stream().filter(text::contains).forEach(name -> findings.add(shown + " shows " + name));
		}
		return answer;
	}

	private MockHttpServletRequestBuilder request(Probe probe, Route route) throws IOException {
		Map<String, String> path = new LinkedHashMap<>(probe.path());
		if (probe.kind() == Kind.PATH) {
			path.put(probe.slot().substring(1, probe.slot().length() - 1), probe.value());
		}
		// each variable encoded as one path segment, a slash too
		String uri = UriComponentsBuilder.fromPath(probe.route()).buildAndExpand(path).encode().toUriString();
		MockHttpServletRequestBuilder request;
		if (!route.files().isEmpty()) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(probe.method(),
					java.net.URI.create(uri));
			if (probe.kind() == Kind.FILE) {
				multipart.file(new MockMultipartFile(probe.slot(), "bad.csv", "text/csv",
						probe.value().getBytes(StandardCharsets.UTF_8)));
			}
			request = multipart;
		}
		else {
			request = MockMvcRequestBuilders.request(probe.method(), java.net.URI.create(uri));
		}
		if (probe.kind() == Kind.QUERY) {
			request.param(probe.slot(), probe.value());
		}
		if (probe.kind() == Kind.BODY) {
			String body = probe.value();
			if (!probe.slot().equals("body")) {
				// a row right in every field but the bad one, so the bad value is what the push must refuse
				Map<String, Object> row = new LinkedHashMap<>(validRows.getOrDefault(probe.path().get("id"), Map.of()));
				row.put(probe.slot().substring("body.rows[0].".length()), probe.value());
				body = json.writeValueAsString(Map.of("rows", List.of(row)));
			}
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (probe.role().equals("anonymous")) {
			return request.with(csrf());
		}
		// the API signs in by HTTP Basic, the portal by its session (demo passwords are the user names)
		return probe.route().startsWith("/api/v1") ? request.with(httpBasic(probe.role(), probe.role()))
				: request.with(authentication(fixtures.signedIn(probe.role()))).with(csrf());
	}

	private static String expand(String pattern, Map<String, String> binding) {
		return UriComponentsBuilder.fromPath(pattern).buildAndExpand(binding).toUriString();
	}

	private static Set<String> fields(String html) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = FIELD.matcher(html);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String content(MockHttpServletResponse answer) {
		try {
			return answer.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String describe(Probe probe, int status) {
		return status + " " + probe.method() + " " + probe.route() + " " + probe.path() + " as " + probe.role()
				+ (probe.slot() == null ? " with nothing bad" : " with " + probe.slot() + " = " + probe.shownValue());
	}

	private static String rootCause(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
	}

	private String openedTasks(Map<String, Set<String>> openers) {
		return taskOfKind.entrySet().stream().map(t -> "  " + t.getKey() + ": " + t.getValue() + ", opened by "
				+ openers.getOrDefault("/tasks/" + t.getValue(), Set.of())).collect(Collectors.joining("\n")) + "\n";
	}

	private static String report(int sent, int routes, Map<Integer, Integer> byStatus,
			Map<String, Map<Integer, Integer>> byRoute, List<String> findings, long nanos) {
		StringBuilder out = new StringBuilder();
		out.append("Bad-input sweep: ").append(sent).append(" requests to ").append(routes).append(" routes as ")
				.append(ROLES.size()).append(" roles in ").append(nanos / 1_000_000_000).append(" s\n\n");
		out.append(String.format("%-8s %8s%n", "status", "answers"));
		byStatus.forEach((status, count) -> out.append(String.format("%-8d %8d%n", status, count)));
		out.append("\nBy route (status=count):\n");
		byRoute.forEach((route, counts) -> out.append(String.format("  %-60s %s%n", route, counts.entrySet().stream()
				.map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")))));
		out.append("\nFindings (").append(findings.size()).append("):\n");
		findings.stream().distinct().limit(200).forEach(f -> out.append("  ").append(f).append('\n'));
		return out.toString();
	}
}
