package jp.hataraku.workers.internal;

import java.time.LocalDate;

import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkerStatus;

/** One move of the lifecycle, as recorded in the status history. */
record StatusChange(long workerId, long municipalityId, WorkerStatus from, WorkerStatus to, LocalDate effectiveOn,
        int periodNo, WithdrawalReason reason, String note) {

    boolean opensPeriod() {
        return from == null || from.startsNewPeriod(to);
    }
}
