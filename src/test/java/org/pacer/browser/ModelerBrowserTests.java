package org.pacer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.browser.BrowserSession.expect;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.pacer.process.Processes;

/**
 * The browser modeler in Chromium: paula (process owner) opens the shipped performance review, renames a task in the
 * Camunda properties panel, deploys, and finds version 2 on the processes page; a decision table opens in dmn-js.
 * This class runs its own Pacer on its own database, so the version deployed here never reaches other tests.
 */
class ModelerBrowserTests extends BrowserTest {

	@Test
	void aProcessOwnerRenamesATaskDeploysAndSeesVersion2Listed() {
		browser.signIn("paula");
		browser.open("/processes");
		String review = "#definition-" + Processes.PERFORMANCE_REVIEW;
		expect(browser.find(review + " tr[data-version='1']")).containsText("shipped in processes/");
		browser.shot("processes-before");

		browser.find(review + " tr[data-version='1'] a.open-modeler").click();
		expect(browser.find("#modeler[data-ready='true']")).hasCount(1);
		// the bpmn.io watermark stays, as its licence asks
		expect(browser.find(".bjs-powered-by")).isVisible();
		browser.shot("modeler-opened");

		browser.find("g[data-element-id='Task_ReviewPerformance']").click();
		browser.find("[data-group-id='group-general'] .bio-properties-panel-group-header").click();
		browser.find("#bio-properties-panel-name").fill("Review performance and trends");
		browser.find("#bio-properties-panel-name").press("Tab");
		expect(browser.find("g[data-element-id='Task_ReviewPerformance']")).containsText("trends");
		browser.shot("task-renamed");
		browser.find("#validate").click();
		expect(browser.find("#modeler-status")).containsText("No problems");

		browser.find("#deploy").click();
		browser.page().waitForURL(url -> url.contains("/changes"));
		expect(browser.find("h1")).containsText("v2");
		expect(browser.find("#changes tr[data-element='Task_ReviewPerformance']"))
				.containsText("Review performance and trends");
		browser.shot("changes");

		browser.open("/processes");
		expect(browser.find(review + " tr[data-version='2']")).containsText("deployed from the browser");
		expect(browser.find(review + " tr[data-version='2']")).containsText("paula");
		expect(browser.find(review + " tr[data-version='1']")).containsText("shipped in processes/");
		browser.shot("processes-after");
		ProcessDefinition latest = pacer.bean(RepositoryService.class).createProcessDefinitionQuery()
				.processDefinitionKey(Processes.PERFORMANCE_REVIEW).latestVersion().singleResult();
		assertThat(latest.getVersion()).isEqualTo(2);
		assertThat(pacer.bean(RepositoryService.class).getBpmnModelInstance(latest.getId())
				.getModelElementById("Task_ReviewPerformance").getAttributeValue("name"))
				.isEqualTo("Review performance and trends");
	}

	@Test
	void aDecisionTableOpensInTheDmnModeler() {
		browser.signIn("paula");
		browser.open("/processes");
		browser.find("#definition-measure-rating tr[data-version='1'] a.open-modeler").click();

		expect(browser.find("#modeler[data-ready='true']")).hasCount(1);
		expect(browser.find(".tjs-container")).isVisible();
		expect(browser.find(".tjs-container")).containsText("Attainment");
		expect(browser.find(".tjs-container")).containsText("GREEN");
		browser.shot("decision-table");
	}
}
