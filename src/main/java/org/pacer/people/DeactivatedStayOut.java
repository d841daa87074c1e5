package org.pacer.people;

import org.pacer.identity.SignInGate;
import org.springframework.stereotype.Component;

/** A deactivated person's right password opens no door. */
@Component
class DeactivatedStayOut implements SignInGate {

	private final DeactivatedPersonRepository deactivated;

	DeactivatedStayOut(DeactivatedPersonRepository deactivated) {
		this.deactivated = deactivated;
	}

	@Override
	public boolean mayEnter(String userId) {
		return !deactivated.existsById(userId);
	}
}
