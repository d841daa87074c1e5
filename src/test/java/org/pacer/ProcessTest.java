package org.pacer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test against the whole application with the engine and in-memory H2, jobs run by hand. Every such test uses
 * this one annotation, so they all share one cached Spring context. {@link ProcessTestListener} initialises the
 * engine assertions before each test and deletes the instances of the relationships it made afterwards.
 * <p>
 * Process test coverage: {@link ProcessEngineCoverageConfiguration} adds the coverage parse listener to the engine
 * before the processes are deployed, and {@link ProcessEngineCoverageTestExecutionListener} collects what each test
 * method ran and writes one report per test class to {@code target/process-test-coverage/<test class>/}
 * ({@code report.json} and {@code report.html}). {@code org.pacer.process.CoverageGate} merges those reports in
 * {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({ CycleFixtures.class, JdbcStatements.class, ProcessEngineCoverageConfiguration.class })
@TestExecutionListeners(listeners = { ProcessTestListener.class, ProcessEngineCoverageTestExecutionListener.class },
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
