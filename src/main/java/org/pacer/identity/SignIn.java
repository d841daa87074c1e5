package org.pacer.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Pacer's sign-in (Camunda's users, failed attempts limited) applied to a chain another module builds. */
@FunctionalInterface
public interface SignIn {

	HttpSecurity apply(HttpSecurity http) throws Exception;
}
