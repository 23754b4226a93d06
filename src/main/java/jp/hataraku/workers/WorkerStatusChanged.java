package jp.hataraku.workers;

import java.time.LocalDate;

/** A worker moved from one lifecycle state to another, effective on a business date. */
public record WorkerStatusChanged(WorkerId workerId, long municipalityId, WorkerStatus from, WorkerStatus to,
        LocalDate effectiveOn, int periodNo) {
}
