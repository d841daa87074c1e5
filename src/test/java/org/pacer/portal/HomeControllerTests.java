package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.identity.SignInOptions;
import org.pacer.people.People;
import org.pacer.relationship.ProviderService;
import org.pacer.relationship.RelationshipService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

/**
 * The start: an administrator of an organisation without a relationship is sent to the set-up steps, which say what
 * is done; once a relationship exists, and for everyone else, the start is the dashboard or the inbox.
 */
class HomeControllerTests {

	private final ProviderService providers = mock(ProviderService.class);

	private final RelationshipService relationships = mock(RelationshipService.class);

	private final People people = mock(People.class);

	private final HomeController home = new HomeController(providers, relationships, people,
			new SignInOptions(null));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAdminOfAnEmptyOrganisationIsWalkedThroughSettingItUp() {
		// given
		signIn("admin", "ROLE_ADMIN");
		when(relationships.none()).thenReturn(true);
		when(providers.none()).thenReturn(false);
		when(people.anyProviderHasPeople()).thenReturn(true);
		ExtendedModelMap model = new ExtendedModelMap();

		// when / then
		assertThat(home.home()).isEqualTo("redirect:/start");
		assertThat(home.start(model)).isEqualTo("start");
		assertThat(model).containsEntry("hasProvider", true).containsEntry("hasPeople", true)
				.containsEntry("hasRelationship", false);
	}

	@Test
	void onceARelationshipExistsAndForEveryoneElseTheStartIsTheirWork() {
		// given
		when(relationships.none()).thenReturn(false);

		// when / then
		signIn("admin", "ROLE_ADMIN");
		assertThat(home.home()).isEqualTo("redirect:/tasks");
		signIn("maria", "ROLE_MANAGER");
		when(relationships.none()).thenReturn(true);
		assertThat(home.home()).isEqualTo("redirect:/dashboard");
		signIn("vera", "GROUP_provider-acme");
		assertThat(home.home()).isEqualTo("redirect:/tasks");
		assertThatThrownBy(() -> home.start(new ExtendedModelMap())).isInstanceOf(AccessDeniedException.class);
	}

	private static void signIn(String user, String... authorities) {
		TestingAuthenticationToken authentication = new TestingAuthenticationToken(user, "", authorities);
		authentication.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}
}
