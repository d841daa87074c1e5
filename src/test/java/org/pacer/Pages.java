package org.pacer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Portal pages asked for as a signed-in person, with the form's CSRF token, and read back as plain text. */
public final class Pages {

	private final MockMvc mvc;

	private final CycleFixtures fixtures;

	public Pages(MockMvc mvc, CycleFixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	public MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
		return request.with(authentication(fixtures.signedIn(user))).with(csrf());
	}

	/** The page's text, HTML entities decoded, after checking the status. */
	public String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(as(request, user)).andExpect(status().is(status)).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
