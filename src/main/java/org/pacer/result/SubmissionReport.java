package org.pacer.result;

/** What a submission did: new values and replaced ones. */
public record SubmissionReport(int accepted, int replaced) {
}
