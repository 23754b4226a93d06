package jp.hataraku.workers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may know of a worker. {@code qualifications} are the skills staff recorded on
 * the worker's profile; a job's required qualifications must all be among them.
 */
public record WorkerSummary(WorkerId id, long municipalityId, String name, String nameKana, String email,
        Gender gender, LocalDate birthDate, WorkerStatus status, int periodNo, Set<WorkKind> workKinds,
        Set<HeldRole> rolesHeld, Optional<String> invoiceRegistrationNumber, Optional<String> termsVersion,
        Set<String> qualifications) {

    /** Whether the worker has accepted the NDA and terms and may work now. */
    public boolean mayWork() {
        return status == WorkerStatus.ACTIVE;
    }
}
