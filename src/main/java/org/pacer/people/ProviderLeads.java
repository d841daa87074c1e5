package org.pacer.people;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pacer.audit.AuditLog;
import org.pacer.relationship.Provider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who leads which provider. A lead manages the provider's people (People pages) and its API tokens (api module);
 * people own the answer, so both doors ask here.
 */
@Service
@Transactional(readOnly = true)
public class ProviderLeads {

	private final ProviderLeadRepository leads;

	private final AuditLog audit;

	ProviderLeads(ProviderLeadRepository leads, AuditLog audit) {
		this.leads = leads;
		this.audit = audit;
	}

	public boolean leads(String userId, long providerId) {
		return userId != null && leads.existsByProviderIdAndUserId(providerId, userId);
	}

	/** The ids of the providers the person leads; empty for anyone else. */
	public Set<Long> ledBy(String userId) {
		return leads.findByUserId(userId).stream().map(ProviderLead::getProviderId).collect(Collectors.toSet());
	}

	public List<String> of(long providerId) {
		return leads.findByProviderId(providerId).stream().map(ProviderLead::getUserId).sorted().toList();
	}

	/** Makes the person the provider's lead (once). */
	@Transactional
	public void appoint(long providerId, String userId) {
		if (!leads.existsByProviderIdAndUserId(providerId, userId)) {
			leads.save(new ProviderLead(providerId, userId));
		}
	}

	/** Made lead on the People page: audited, since a lead manages the provider's people and tokens. */
	@Transactional
	void appointBy(String actor, Provider provider, String userId) {
		if (!leads(userId, provider.getId())) {
			appoint(provider.getId(), userId);
			audit.record(null, actor, "PROVIDER_LEAD_APPOINTED", userId + " now leads " + provider.getName());
		}
	}

	/** A deactivated person leads nothing any more. */
	@Transactional
	void dismiss(String userId) {
		leads.deleteByUserId(userId);
	}
}
