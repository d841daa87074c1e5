package org.pacer.improvement;

public enum ActionStatus {
	OPEN,
	DONE
}
