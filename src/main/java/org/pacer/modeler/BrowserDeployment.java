package org.pacer.modeler;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who deployed an engine deployment from the browser; the engine itself does not keep the deployer. */
@Entity
@Table(name = "process_deployment")
class BrowserDeployment {

	@Id
	@Column(name = "deployment_id")
	private String deploymentId;

	@Column(name = "deployed_by")
	private String deployedBy;

	@Column(name = "deployed_at")
	private Instant deployedAt;

	protected BrowserDeployment() {
	}

	BrowserDeployment(String deploymentId, String deployedBy, Instant deployedAt) {
		this.deploymentId = deploymentId;
		this.deployedBy = deployedBy;
		this.deployedAt = deployedAt;
	}

	public String getDeploymentId() {
		return deploymentId;
	}

	public String getDeployedBy() {
		return deployedBy;
	}

	public Instant getDeployedAt() {
		return deployedAt;
	}
}
