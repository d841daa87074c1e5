package org.pacer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pacer.PacerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a browser and a program get while Pacer starts: the web server answers before the start-up runners (the demo
 * data among them) have finished, so requests made at that moment, from inside the start, get the starting page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartingPageTests {

	@TempDir
	static Path dataDir;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, HttpResponse<String>> whileStarting = new HashMap<>();

	private ConfigurableApplicationContext app;

	@BeforeAll
	void start() {
		app = new SpringApplicationBuilder(PacerApplication.class)
				// ApplicationStartedEvent: the server listens, the runners have not run, Pacer is not ready yet
				.listeners(event -> {
					if (event instanceof ApplicationStartedEvent started) {
						int port = ((WebServerApplicationContext) started.getApplicationContext()).getWebServer().getPort();
						whileStarting.put("page", get(port, "/login", "text/html,*/*;q=0.8"));
						whileStarting.put("api", get(port, "/api/v1/relationships", "application/json"));
						whileStarting.put("health", get(port, "/actuator/health/liveness", "application/json"));
					}
				})
				.run("--server.port=0", "--camunda.bpm.generate-unique-process-application-name=true",
						"--camunda.bpm.job-execution.enabled=false", "--pacer.demo.enabled=false",
						"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pacer") + ";DB_CLOSE_ON_EXIT=FALSE");
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@Test
	void aBrowserGetsTheStartingPageAndIsToldWhenToComeBack() {
		HttpResponse<String> page = whileStarting.get("page");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue(StartingPage.RETRY_AFTER_SECONDS);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("Pacer is starting").contains("<meta http-equiv=\"refresh\"");
	}

	@Test
	void aProgramGetsProblemDetails() {
		HttpResponse<String> api = whileStarting.get("api");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"status\":503").contains("Pacer is starting");
	}

	@Test
	void theHealthProbesAnswerThemselves() {
		HttpResponse<String> health = whileStarting.get("health");
		assertThat(health.headers().firstValue("Retry-After")).isEmpty();
		assertThat(health.body()).contains("\"status\"").doesNotContain("Pacer is starting");
	}

	@Test
	void onceReadyPagesAnswerAsUsual() {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> login = get(port, "/login", "text/html");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"username\"");
	}

	private HttpResponse<String> get(int port, String path, String accept) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
