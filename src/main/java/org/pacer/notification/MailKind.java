package org.pacer.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification Pacer also sends by email, each with the words its mail and the preferences page use.
 * Other kinds (for example REVIEW_OPENED, which the offered results task already announces) stay in the app.
 */
enum MailKind {

	TASK_ASSIGNED("New tasks", "A task is assigned to me or offered to my group", "You have a new task in Pacer.",
			"Open the task"),
	REMINDER("Reminders", "A task of mine or my group is due soon", "A task is due soon.", "Open the task"),
	ESCALATION("Escalations", "A deadline has passed and it needs me", "A deadline has passed and it needs you.",
			"Open the task"),
	REVIEW_PUBLISHED("Published reviews", "A performance review of my relationship is published",
			"A performance review has been published.", "Read the review"),
	PLAN_APPROVED("Approved plans", "An improvement plan of mine is approved", "An improvement plan has been approved.",
			"See the plan");

	private final String title;

	private final String choice;

	private final String lead;

	private final String action;

	MailKind(String title, String choice, String lead, String action) {
		this.title = title;
		this.choice = choice;
		this.lead = lead;
		this.action = action;
	}

	public static Optional<MailKind> of(String kind) {
		return Arrays.stream(values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	public String getTitle() {
		return title;
	}

	/** The line on the preferences page: "Email me when ...". */
	public String getChoice() {
		return choice;
	}

	/** The first sentence of the mail. */
	public String getLead() {
		return lead;
	}

	/** The words on the mail's button. */
	public String getAction() {
		return action;
	}
}
