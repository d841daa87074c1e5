package org.pacer.modeler;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A migration batch as it was started: which instances were asked to move from which version to which, so the report
 * can tell afterwards which moved and which did not (the engine forgets a batch once it is done).
 */
@Entity
@Table(name = "process_migration")
class MigrationRun {

	@Id
	@Column(name = "batch_id")
	private String batchId;

	@Column(name = "source_definition_id")
	private String sourceDefinitionId;

	@Column(name = "target_definition_id")
	private String targetDefinitionId;

	@Column(name = "instance_ids")
	private String instanceIds;

	@Column(name = "started_by")
	private String startedBy;

	@Column(name = "started_at")
	private Instant startedAt;

	protected MigrationRun() {
	}

	MigrationRun(String batchId, String sourceDefinitionId, String targetDefinitionId, List<String> instanceIds,
			String startedBy, Instant startedAt) {
		this.batchId = batchId;
		this.sourceDefinitionId = sourceDefinitionId;
		this.targetDefinitionId = targetDefinitionId;
		this.instanceIds = String.join(",", instanceIds);
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	public String getBatchId() {
		return batchId;
	}

	public String getSourceDefinitionId() {
		return sourceDefinitionId;
	}

	public String getTargetDefinitionId() {
		return targetDefinitionId;
	}

	public List<String> instanceIds() {
		return instanceIds.isEmpty() ? List.of() : Arrays.asList(instanceIds.split(","));
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}
}
