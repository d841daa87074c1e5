package org.pacer.demo;

import java.util.Map;

import org.pacer.people.ProviderLeads;
import org.pacer.relationship.ProviderRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo providers' leads, who manage their API tokens; after {@link DemoData}, and harmless when run again. */
@Component
@Order(21)
@ConditionalOnProperty(name = "pacer.demo.enabled", havingValue = "true")
class DemoLeads implements ApplicationRunner {

	private static final Map<String, String> LEADS = Map.of("Acme Hosting", "vera", "Nimbus Support", "victor",
			"Service Desk", "ian");

	private final ProviderRepository providers;

	private final ProviderLeads leads;

	public DemoLeads(ProviderRepository providers, ProviderLeads leads) {
		this.providers = providers;
		this.leads = leads;
	}

	@Override
	public void run(ApplicationArguments args) {
		LEADS.forEach((provider, lead) -> providers.findByName(provider)
				.ifPresent(p -> leads.appoint(p.getId(), lead)));
	}
}
