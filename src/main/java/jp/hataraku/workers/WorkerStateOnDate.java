package jp.hataraku.workers;

import java.time.LocalDate;

/** A worker's state on a given date, as the status history says (for council reports). */
public record WorkerStateOnDate(WorkerId workerId, long municipalityId, WorkerStatus status, int periodNo,
        Gender gender, LocalDate birthDate) {
}
