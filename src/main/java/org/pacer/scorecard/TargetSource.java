package org.pacer.scorecard;

/** Which target a line was judged against: the contract's, or the ramp-up glide path's. */
public enum TargetSource {
	CONTRACT,
	GLIDE_PATH
}
