package org.pacer.improvement;

public enum PlanStatus {
	/** The provider is writing it. */
	DRAFT,
	SUBMITTED,
	CHANGES_REQUESTED,
	/** Approved; its actions are being done. */
	APPROVED,
	/** Every action done and maturity re-assessed. */
	DONE,
	/** The relationship ended before the plan was done. */
	ENDED
}
