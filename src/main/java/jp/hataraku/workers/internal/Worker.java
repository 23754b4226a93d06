package jp.hataraku.workers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;

/**
 * A resident worker: the profile and the lifecycle rules. Each rule returns the change to record;
 * it never writes anything itself.
 */
public record Worker(long id, long municipalityId, String name, String nameKana, LocalDate birthDate, Gender gender,
        String postalCode, String address, String phone, String email, Set<WorkKind> workKinds,
        Integer hoursPerWeek, Set<TimeBand> timeBands, WorkPlace place, Set<Device> devices, String accommodations,
        Set<Circumstance> circumstances, ReferralSource referral, String privacyNoticeVersion, List<String> skills,
        Set<HeldRole> rolesHeld, String invoiceRegistrationNumber, WorkerStatus status, int periodNo,
        Long possibleDuplicateOf, Instant createdAt, LocalDate lastChangeOn) {

    StatusChange markBriefed(LocalDate on) {
        return move(WorkerStatus.BRIEFED, on, null, null);
    }

    StatusChange acceptTerms(String version, LocalDate on) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("terms version required");
        }
        return move(WorkerStatus.ACTIVE, on, null, "terms " + version);
    }

    StatusChange pause(LocalDate on) {
        return move(WorkerStatus.PAUSED, on, null, null);
    }

    StatusChange resume(LocalDate on) {
        if (status != WorkerStatus.PAUSED) {
            throw refused(WorkerStatus.ACTIVE);
        }
        return move(WorkerStatus.ACTIVE, on, null, null);
    }

    StatusChange withdraw(WithdrawalReason reason, String note, LocalDate on) {
        Objects.requireNonNull(reason, "reason");
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (reason.requiresNote() && cleanNote == null) {
            throw new IllegalArgumentException("a note is required when the reason is OTHER");
        }
        return move(WorkerStatus.WITHDRAWN, on, reason, cleanNote);
    }

    StatusChange reregister(WorkerStatus startAs, LocalDate on) {
        if (status != WorkerStatus.WITHDRAWN || (startAs != WorkerStatus.APPLIED && startAs != WorkerStatus.BRIEFED)) {
            throw refused(startAs);
        }
        return move(startAs, on, null, null);
    }

    private StatusChange move(WorkerStatus target, LocalDate on, WithdrawalReason reason, String note) {
        Objects.requireNonNull(on, "date");
        if (!status.canMoveTo(target)) {
            throw refused(target);
        }
        if (lastChangeOn != null && on.isBefore(lastChangeOn)) {
            throw new IllegalArgumentException("a change cannot be dated before the last one (" + lastChangeOn + ")");
        }
        int period = status.startsNewPeriod(target) ? periodNo + 1 : periodNo;
        return new StatusChange(id, municipalityId, status, target, on, period, reason, note);
    }

    private IllegalStateException refused(WorkerStatus target) {
        return new IllegalStateException("worker " + id + " cannot move from " + status + " to " + target);
    }

    public boolean isBriefed() {
        return status == WorkerStatus.BRIEFED;
    }
}
