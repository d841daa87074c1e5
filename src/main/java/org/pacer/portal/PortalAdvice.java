package org.pacer.portal;

import org.pacer.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user on every page. */
@ControllerAdvice(basePackages = "org.pacer")
class PortalAdvice {

	@ModelAttribute("me")
	public CurrentUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? null : CurrentUser.of(authentication);
	}
}
