package jp.hataraku.jobs;

import java.time.LocalDate;

import jp.hataraku.workers.WorkKind;

/**
 * Work was approved: the pay module rewards {@code units} of it. {@code receivedOn} is the day
 * the worker handed it in — the Freelance Act's payment clock starts there (RULES-JP).
 */
public record TaskApproved(long taskId, long jobId, long contractorId, long clientId, long workerId,
        WorkKind workKind, int units, RewardRule reward, LocalDate receivedOn, LocalDate approvedOn) {
}
