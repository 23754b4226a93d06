package jp.hataraku.workers;

import java.time.LocalDate;
import java.util.Set;

/**
 * A worker's state on a given date, as the status history says (for council reports). The
 * circumstances are empty unless the worker consented to their use for anonymous statistics.
 */
public record WorkerStateOnDate(WorkerId workerId, long municipalityId, WorkerStatus status, int periodNo,
        Gender gender, LocalDate birthDate, Set<WorkKind> workKinds, Set<Circumstance> circumstances) {

    public WorkerStateOnDate {
        workKinds = Set.copyOf(workKinds);
        circumstances = Set.copyOf(circumstances);
    }
}
