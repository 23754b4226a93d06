package jp.hataraku.jobs;

import java.time.LocalDate;

import jp.hataraku.workers.WorkKind;

/** Logged hours on assigned work were approved; the pay module rewards them by the job's rule. */
public record TimeApproved(long timeLogId, long taskId, long jobId, long contractorId, long clientId, long workerId,
        WorkKind workKind, int minutes, RewardRule reward, LocalDate workedOn, LocalDate approvedOn) {
}
