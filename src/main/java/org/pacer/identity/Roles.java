package org.pacer.identity;

/** Camunda groups with a meaning in Pacer, and the Spring Security roles they give. */
public final class Roles {

	public static final String MANAGERS = "managers";

	public static final String PROCESS_OWNERS = "process-owners";

	public static final String ADMINS = "camunda-admin";

	public static final String SOURCING_BOARD = "sourcing-board";

	/** Every provider's group starts with this; its members see only that provider's work. */
	/** Members may read /actuator (metrics, health details) without being administrators: the Prometheus scraper. */
	public static final String MONITORING = "monitoring";

	public static final String PROVIDER_GROUP_PREFIX = "provider-";

	public static final String ROLE_MANAGER = "MANAGER";

	public static final String ROLE_PROCESS_OWNER = "PROCESS_OWNER";

	public static final String ROLE_ADMIN = "ADMIN";

	public static final String ROLE_SOURCING_BOARD = "SOURCING_BOARD";

	public static final String ROLE_PROVIDER = "PROVIDER";

	private Roles() {
	}

	/** The role a group gives, or null when it gives none beyond its group authority. */
	public static String roleOf(String groupId) {
		return switch (groupId) {
			case MANAGERS -> ROLE_MANAGER;
			case PROCESS_OWNERS -> ROLE_PROCESS_OWNER;
			case ADMINS -> ROLE_ADMIN;
			case SOURCING_BOARD -> ROLE_SOURCING_BOARD;
			default -> groupId.startsWith(PROVIDER_GROUP_PREFIX) ? ROLE_PROVIDER : null;
		};
	}
}
