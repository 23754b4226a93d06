package jp.hataraku.jobs;

/**
 * A job's details that its written terms state (title, work kind, description, deliverable format,
 * due date or reward rule) were changed. Published in the changing transaction: the pay module
 * issues a new version of the terms to each team member, who must accept it before working on.
 */
public record JobTermsChanged(long jobId, long contractorId) {
}
