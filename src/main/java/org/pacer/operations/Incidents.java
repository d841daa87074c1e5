package org.pacer.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.pacer.common.NotFoundException;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;

/**
 * Open incidents of a relationship's processes (lifecycle and sourcing by "<id>", reviews and improvement by
 * "<id>/<period>"): a job whose retries ran out after its retry cycle. Retrying gives the job one more attempt now,
 * which is what Cockpit's retry does.
 */
@Service
public class Incidents {

	public record OpenIncident(String id, String step, String message, Instant since) {
	}

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	private final PacerClock clock;

	public Incidents(RuntimeService runtime, ManagementService management, RepositoryService repository,
			PacerClock clock) {
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
		this.clock = clock;
	}

	public List<OpenIncident> of(long relationshipId) {
		List<OpenIncident> open = new ArrayList<>();
		for (Incident incident : incidents(relationshipId)) {
			open.add(new OpenIncident(incident.getId(), stepName(incident), incident.getIncidentMessage(),
					incident.getIncidentTimestamp().toInstant()));
		}
		open.sort(Comparator.comparing(OpenIncident::since));
		return open;
	}

	/** One more attempt of the failed job, due now; the job executor picks it up on its next round. */
	public void retry(long relationshipId, String incidentId) {
		Incident incident = incidents(relationshipId).stream().filter(i -> i.getId().equals(incidentId)).findFirst()
				.orElseThrow(() -> new NotFoundException("Incident", incidentId));
		// a failed-job incident names its job in the configuration
		String jobId = incident.getConfiguration();
		management.setJobRetries(jobId, 1);
		management.setJobDuedate(jobId, clock.nowAsDate());
	}

	private List<Incident> incidents(long relationshipId) {
		List<ProcessInstance> instances = new ArrayList<>(runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(relationshipId)).list());
		instances.addAll(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(relationshipId + "/%").list());
		List<Incident> incidents = new ArrayList<>();
		for (ProcessInstance instance : instances) {
			incidents.addAll(runtime.createIncidentQuery().processInstanceId(instance.getId()).list());
		}
		return incidents;
	}

	private String stepName(Incident incident) {
		FlowElement element = repository.getBpmnModelInstance(incident.getProcessDefinitionId())
				.getModelElementById(incident.getActivityId());
		return element == null || element.getName() == null ? incident.getActivityId() : element.getName();
	}
}
