package org.pacer.identity;

/**
 * What the sign-in page offers besides the password form: the staff single sign-on, when it is configured.
 *
 * @param singleSignOnLabel the button's text, or null without single sign-on
 */
public record SignInOptions(String singleSignOnLabel) {

	/** Where the button leads: Spring Security's redirect to the identity provider. */
	public static final String SINGLE_SIGN_ON_PATH = "/oauth2/authorization/" + StaffSingleSignOn.REGISTRATION;

	/** The session attribute holding why the identity provider's person was not let in, for the sign-in page. */
	public static final String REFUSAL = "pacer.singleSignOnRefusal";

	public boolean singleSignOn() {
		return singleSignOnLabel != null;
	}

	public String singleSignOnPath() {
		return SINGLE_SIGN_ON_PATH;
	}
}
