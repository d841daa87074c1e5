package org.pacer.operations;

import org.pacer.identity.Directory;
import org.pacer.identity.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The group whose members may read /actuator (metrics, health details) without being administrators: put the
 * Prometheus scraper's user in it.
 */
@Component
@Order(11)
class MonitoringGroup implements ApplicationRunner {

	private final Directory directory;

	MonitoringGroup(Directory directory) {
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		directory.ensureGroup(Roles.MONITORING, "Monitoring");
	}
}
