package org.pacer.sourcing;

public enum SourcingTrigger {
	SCHEDULED,
	REPEATED_MISSES
}
