package org.pacer.web;

import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Puts the signed-in user on every page, and answers unknown or foreign ids with Pacer's 404 page. */
@ControllerAdvice(basePackages = "org.pacer")
public class PortalAdvice {

	@ModelAttribute("me")
	public CurrentUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? null : CurrentUser.of(authentication);
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public String notFound() {
		return "error/404";
	}
}
