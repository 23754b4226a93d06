package jp.hataraku.jobs;

import java.time.Instant;

/**
 * A worker joined (or re-joined) a job's team. Published in the joining transaction: the pay module
 * issues the Freelance Act's written terms (RULES-JP §1 Art. 3), and the worker may not work on the
 * job until they accept them ({@link Jobs#recordTermsAccepted}).
 */
public record TeamMemberAdded(long jobId, long contractorId, long workerId, Instant addedAt) {
}
