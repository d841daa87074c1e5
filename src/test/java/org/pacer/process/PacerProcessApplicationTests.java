package org.pacer.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.pacer.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class PacerProcessApplicationTests {

	@Autowired
	PacerProcessApplication application;

	@Autowired
	RepositoryService repository;

	/**
	 * What the process application adds itself (as it must in an executable jar, where Camunda's scanner finds
	 * nothing) carries the scanner's names, so a start from the jar sees the same files and deploys no new version.
	 */
	@Test
	void addsEveryShippedFileUnderTheNameTheScannerGivesIt() {
		DeploymentBuilder deployment = repository.createDeployment();

		application.createDeployment("pacer", deployment);

		assertThat(deployment.getResourceNames()).containsExactlyInAnyOrderElementsOf(
				repository.getDeploymentResourceNames(repository.createDeploymentQuery().deploymentName("pacer")
						.orderByDeploymentTime().asc().list().get(0).getId()));
		assertThat(deployment.getResourceNames()).contains("performance-review.bpmn", "measure-rating.dmn");
	}
}
