package org.pacer.modeler;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BrowserDeploymentRepository extends JpaRepository<BrowserDeployment, String> {

	List<BrowserDeployment> findByDeploymentIdIn(Collection<String> deploymentIds);
}
