package org.pacer.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Camunda groups with a meaning in Pacer, and the Spring Security roles they give. */
public final class Roles {

	public static final String MANAGERS = "managers";

	public static final String PROCESS_OWNERS = "process-owners";

	public static final String ADMINS = "camunda-admin";

	public static final String SOURCING_BOARD = "sourcing-board";

	/** Members may read /actuator (metrics, health details) without being administrators: the Prometheus scraper. */
	public static final String MONITORING = "monitoring";

	/** Every provider's group starts with this; its members see only that provider's work. */
	public static final String PROVIDER_GROUP_PREFIX = "provider-";

	/** The client-side groups staff are put in, with the names people read, in the order pages list them. */
	public static final Map<String, String> STAFF_GROUPS;

	static {
		Map<String, String> staff = new LinkedHashMap<>();
		staff.put(MANAGERS, "Relationship managers");
		staff.put(PROCESS_OWNERS, "Process owners");
		staff.put(SOURCING_BOARD, "Sourcing board");
		staff.put(ADMINS, "Administrators");
		STAFF_GROUPS = Collections.unmodifiableMap(staff);
	}

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
