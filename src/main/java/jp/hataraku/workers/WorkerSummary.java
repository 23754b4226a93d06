package jp.hataraku.workers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** What other modules may know of a worker. */
public record WorkerSummary(WorkerId id, long municipalityId, String name, String nameKana, String email,
        Gender gender, LocalDate birthDate, WorkerStatus status, int periodNo, Set<WorkKind> workKinds,
        Set<HeldRole> rolesHeld, Optional<String> invoiceRegistrationNumber, Optional<String> termsVersion) {

    /** Whether the worker has accepted the NDA and terms and may work now. */
    public boolean mayWork() {
        return status == WorkerStatus.ACTIVE;
    }
}
