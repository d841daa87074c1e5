package org.pacer.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pacer.PacerApplication;
import org.pacer.postgres.SharedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pacer started as it runs (its own H2 database, no demo data) and a plain HTTP client: the real doors, with
 * Camunda's servlets, Tomcat's forwarded-header handling and the session store in the path.
 */
final class PacerOverHttp implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newHttpClient();

	private PacerOverHttp(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		all.addAll(List.of("--server.port=0", "--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=false"));
		app = new SpringApplicationBuilder(PacerApplication.class).run(all.toArray(String[]::new));
	}

	/** On an H2 file database, as a newcomer runs it, without demo data, with the operator's further settings. */
	static PacerOverHttp onH2(Path dataDir, String... settings) {
		List<String> arguments = new ArrayList<>(List.of(
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pacer") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--pacer.demo.enabled=false"));
		arguments.addAll(List.of(settings));
		return new PacerOverHttp(arguments);
	}

	/** With the postgres profile on a fresh database of the shared embedded PostgreSQL, with the operator's settings. */
	static PacerOverHttp onPostgres(Map<String, String> settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--PACER_DB_URL=" + SharedPostgres.jdbcUrl(SharedPostgres.freshDatabase()),
				"--PACER_DB_USER=" + SharedPostgres.USER, "--PACER_DB_PASSWORD=", "--PACER_DB_POOL_SIZE=30"));
		settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return new PacerOverHttp(arguments);
	}

	/** A user with a password that meets the policy, in the given groups (created when missing). */
	void user(String id, String password, String... groups) {
		IdentityService identity = app.getBean(IdentityService.class);
		User user = identity.newUser(id);
		user.setFirstName(id);
		user.setLastName("Test");
		user.setPassword(password);
		identity.saveUser(user);
		for (String group : groups) {
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				var g = identity.newGroup(group);
				g.setName(group);
				identity.saveGroup(g);
			}
			identity.createMembership(id, group);
		}
	}

	int port() {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port() + path);
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A GET whose body is kept as bytes (a compressed or binary answer). */
	HttpResponse<byte[]> bytes(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A GET as a browser sends it (HTML first, anything else taken), unless the headers ask otherwise. */
	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (!List.of(headers).contains("Accept")) {
			request.header("Accept", "text/html,*/*;q=0.8");
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	HttpResponse<String> basicGet(String path, String user, String password) {
		return get(path, "Authorization", basic(user, password));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A form POST with the session cookie and the page's CSRF token. */
	HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields, String... headers) {
		String body = fields.entrySet().stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
				.header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** The login page's session cookie and CSRF token, as a browser gets them before signing in. */
	Session loginPage() {
		return loginPage(null);
	}

	Session loginPage(String cookie) {
		HttpResponse<String> page = cookie == null ? get("/login") : get("/login", "Cookie", cookie);
		String session = cookie != null ? cookie : cookie(page, "SESSION");
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new AssertionError("no CSRF token on the login page: " + page.body());
		}
		return new Session(session, csrf.group(1));
	}

	/** Signs in with the login form; returns the response (302) whose cookie is the signed-in session. */
	HttpResponse<String> signIn(Session before, String user, String password, String... headers) {
		return postForm("/login", before.cookie(), Map.of("username", user, "password", password, "_csrf",
				before.csrf()), headers);
	}

	/** Signs in and returns the signed-in session's cookie. */
	String signedIn(String user, String password) {
		HttpResponse<String> response = signIn(loginPage(), user, password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("sign-in as " + user + " failed: " + response.statusCode() + " "
					+ response.headers().map());
		}
		return cookie(response, "SESSION");
	}

	/** "NAME=value" of a Set-Cookie of the response. */
	static String cookie(HttpResponse<?> response, String name) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
				.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

	/**
	 * The status of a GET sent from another loopback address (127.0.0.x), as a client on another machine: Java's
	 * HttpClient cannot choose its local address.
	 */
	int statusFrom(String localAddress, String path, String authorization) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port()));
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			return Integer.parseInt(statusLine.substring(9, 12));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Signs in, then sends twenty requests at once with the fresh session cookie (inbox and relationships, half each),
	 * as a browser opening several tabs does; answers their statuses.
	 */
	List<Integer> twentyAtOnceRightAfterSignIn(String user, String password) throws Exception {
		String session = signedIn(user, password);
		ExecutorService threads = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Integer>> requests = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String path = i % 2 == 0 ? "/tasks" : "/relationships";
				requests.add(() -> get(path, "Cookie", session).statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : threads.invokeAll(requests)) {
				statuses.add(status.get());
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Override
	public void close() {
		app.close();
	}

	record Session(String cookie, String csrf) {
	}
}
