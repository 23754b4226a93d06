package jp.hataraku.workers;

import java.time.LocalDate;

/** A resident applied and a worker record (status APPLIED) was created. */
public record WorkerRegistered(WorkerId workerId, long municipalityId, LocalDate appliedOn,
        boolean possibleDuplicate) {
}
