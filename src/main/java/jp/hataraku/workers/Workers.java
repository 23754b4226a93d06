package jp.hataraku.workers;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workers module's face. Dates are business dates (Asia/Tokyo) and may lie in the past, so
 * that demo data and corrections can build realistic histories. Each change is checked against
 * {@link WorkerStatus}, recorded in the status history, audited and published as an event.
 * A refused change throws {@link IllegalStateException} (wrong state) or
 * {@link IllegalArgumentException} (bad input, unknown worker).
 */
public interface Workers {

    /** The NDA and terms version a worker accepts now. */
    String CURRENT_TERMS_VERSION = "2026-04";

    /** The privacy notice version the application form shows now. */
    String CURRENT_PRIVACY_NOTICE_VERSION = "2026-04";

    /** Registers an application (status APPLIED, today) and the worker's sign-in; returns the worker id. */
    long apply(Application application);

    /** As {@link #apply(Application)}, applied on the given date. */
    long apply(Application application, LocalDate appliedOn);

    void markBriefed(long workerId, LocalDate attendedOn);

    /** The worker accepted the NDA and terms of {@code version} today: BRIEFED → ACTIVE. */
    void acceptTerms(long workerId, String version);

    void acceptTerms(long workerId, String version, LocalDate acceptedOn);

    void pause(long workerId, LocalDate from);

    void resume(long workerId, LocalDate from);

    void withdraw(long workerId, WithdrawalReason reason, String note, LocalDate on);

    /** A withdrawn worker registers again: a new registration period starting as APPLIED. */
    void reregister(long workerId, LocalDate on);

    /** Re-registration starting as {@code startAs} (APPLIED, or BRIEFED when they attended a session again). */
    void reregister(long workerId, WorkerStatus startAs, LocalDate on);

    Optional<WorkerSummary> find(long workerId);

    /** The town the worker is registered in; one small query (the work pages ask it on each hand-in). */
    default Optional<Long> municipalityOf(long workerId) {
        return find(workerId).map(WorkerSummary::municipalityId);
    }

    /**
     * Records (or, with an empty value, clears) the worker's qualified-invoice registration number,
     * as the worker or staff would on the profile form; audited. The pay module reads it at each
     * closing. A number whose check digit is wrong is refused ({@link IllegalArgumentException}).
     */
    void recordInvoiceRegistration(long workerId, Optional<String> registrationNumber);

    /**
     * Active workers (every town) whose name, kana or e-mail contains {@code query}, ignoring kana
     * type and width; by kana order, at most {@code limit}. A blank query finds nobody.
     */
    List<WorkerSummary> searchActive(String query, int limit);

    /** Each worker's state on {@code date} by the status history, optionally for one town. */
    List<WorkerStateOnDate> statusOn(LocalDate date, Optional<Long> municipalityId);

    /**
     * Registrations and withdrawals (by reason) per calendar month from {@code from} to {@code to}
     * (inclusive), by the status history; every month of the range is present. Aggregated in SQL.
     */
    java.util.SortedMap<java.time.YearMonth, RegisterMovements> movementsByMonth(LocalDate from, LocalDate to,
            Optional<Long> municipalityId);

    /** All registrations and withdrawals (by reason) with an effective date on or before {@code date}. */
    RegisterMovements movementsUntil(LocalDate date, Optional<Long> municipalityId);

    /** Aggregates of the workers registered (ACTIVE or PAUSED) on {@code date}; never names. */
    default RegisterProfile registerProfileOn(LocalDate date, Optional<Long> municipalityId) {
        return registerProfilesOn(List.of(date), municipalityId).get(date);
    }

    /**
     * {@link #registerProfileOn} for several dates (a report year and the previous one) in one pass
     * over the status history; every date given is a key of the answer.
     */
    Map<LocalDate, RegisterProfile> registerProfilesOn(List<LocalDate> dates, Optional<Long> municipalityId);

    /** Number of workers in each state on {@code date} (every state present, zero when none). */
    default Map<WorkerStatus, Long> countsOn(LocalDate date, Optional<Long> municipalityId) {
        Map<WorkerStatus, Long> counts = new EnumMap<>(WorkerStatus.class);
        for (WorkerStatus s : WorkerStatus.values()) {
            counts.put(s, 0L);
        }
        statusOn(date, municipalityId).forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        return counts;
    }
}
