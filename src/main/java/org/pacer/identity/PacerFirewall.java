package org.pacer.identity;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, which also refuses a percent-encoded letter, digit, '-', '_' or '~' in the
 * path. No client needs to encode those (RFC 3986 calls them unreserved), and {@code /%65ngine-rest} is the same
 * resource as {@code /engine-rest} to a servlet mapping but not to a path rule.
 */
class PacerFirewall extends StrictHttpFirewall {

	private static final Pattern ENCODED_UNRESERVED = Pattern
			.compile("%(3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|2d|5f|7e)", Pattern.CASE_INSENSITIVE);

	@Override
	public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
		if (ENCODED_UNRESERVED.matcher(request.getRequestURI()).find()) {
			throw new RequestRejectedException("The request was rejected because the URL encodes an unreserved "
					+ "character.");
		}
		return super.getFirewalledRequest(request);
	}
}
