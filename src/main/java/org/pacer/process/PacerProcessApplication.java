package org.pacer.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Pacer's process application: deploys processes/ as the process archive "pacer" of META-INF/processes.xml, with
 * its duplicate filtering, so an unchanged file creates no new version on restart.
 * <p>
 * Camunda's classpath scanner finds nothing inside a Spring Boot executable jar (its nested jar URLs), so
 * {@code java -jar} would start with no process at all. Spring's resolver reads them there; the files the scanner
 * did find (an exploded classpath) keep their entry, under the same name either way.
 */
@Configuration
public class PacerProcessApplication extends SpringBootProcessApplication {

	static final String SHIPPED = "classpath*:processes/*";

	private static final Set<String> SUFFIXES = Set.of(".bpmn", ".dmn", ".form");

	@Override
	public void createDeployment(String processArchiveName, DeploymentBuilder deployment) {
		try {
			for (Resource file : new PathMatchingResourcePatternResolver(getProcessApplicationClassloader())
					.getResources(SHIPPED)) {
				String name = file.getFilename();
				if (name != null && SUFFIXES.stream().anyMatch(name::endsWith)
						&& !deployment.getResourceNames().contains(name)) {
					try (InputStream in = file.getInputStream()) {
						deployment.addInputStream(name, in);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Pacer's processes could not be read from the classpath", e);
		}
		super.createDeployment(processArchiveName, deployment);
	}
}
