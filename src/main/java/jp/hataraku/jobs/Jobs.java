package jp.hataraku.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import jp.hataraku.workers.WorkKind;

/**
 * The jobs module's face for jobs and teams. Refused changes throw {@link JobRuleViolation};
 * every change is audited and kept in the job's status history.
 */
public interface Jobs {

    /** Creates a job in DRAFT; returns its id. */
    long create(JobDetails details);

    /** Replaces a DRAFT or OPEN job's details; {@code version} guards against lost updates. */
    void update(long jobId, int version, JobDetails details);

    /**
     * DRAFT → OPEN: needs a service contract and an NDA in force on {@code today} for the client,
     * a director, and (for a pool job) a template with at least one field.
     */
    void open(long jobId, LocalDate today);

    void cancel(long jobId);

    /** ACCEPTED → CLOSED. */
    void close(long jobId);

    Optional<JobSummary> find(long jobId);

    List<JobSummary> listForContractor(long contractorId);

    List<JobSummary> listForClient(long clientId);

    /** Jobs whose team the worker is an active member of. */
    List<JobSummary> listForWorker(long workerId);

    /**
     * Adds a worker to the team: only when ACTIVE (their NDA and terms accepted) and holding the
     * job's qualifications.
     */
    void addMember(long jobId, long workerId);

    void removeMember(long jobId, long workerId);

    boolean isMember(long jobId, long workerId);

    List<Long> members(long jobId);

    /**
     * The worker accepted the written terms of the job (the pay module issues and keeps them): they
     * may claim, view, save, submit and log time on its tasks from now on.
     */
    void recordTermsAccepted(long jobId, long workerId);

    /**
     * New terms of the job await the worker's acceptance (a new version was issued): their work on
     * it stops until they accept.
     */
    void termsWithdrawn(long jobId, long workerId);

    /** The worker accepted the written terms of their assigned task. */
    void recordAssignmentTermsAccepted(long taskId, long workerId);

    /** New terms of an assigned task await its worker's acceptance. */
    void assignmentTermsWithdrawn(long taskId, long workerId);

    /** Whether the worker is an active member of the job's team who has accepted its terms. */
    boolean termsAccepted(long jobId, long workerId);

    /** The workable jobs whose team the worker is on but whose terms (or an assignment's) they have not accepted. */
    List<JobSummary> awaitingTerms(long workerId);

    /**
     * The median working time per approved unit of the job (task timings of approved pool tasks,
     * approved time logs of approved assigned tasks); empty before any unit was approved.
     */
    Optional<UnitTime> unitTime(long jobId);

    /** The quality module keeps each worker's score here for claim-next to use. */
    void recordQualityScore(long workerId, WorkKind kind, int score);

    // Aggregates for the council report (never a worker's name or id). Dates are Tokyo calendar
    // days, inclusive; {@code contractorIds} empty optional means every contractor, an empty set none.
    // "Minutes worked" = approved time-log minutes (by approval) + for approved pool tasks the time
    // from lease to the approved submission (by its approval), floored to whole minutes per group.

    /** The jobs that first opened (status history → OPEN) from {@code from} to {@code to}. */
    long jobsOpened(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds);

    /** The work kind of each job (unknown ids are absent). */
    Map<Long, WorkKind> workKindsOf(Collection<Long> jobIds);

    /** Minutes worked on approved work from {@code from} to {@code to}, by the job's work kind. */
    Map<WorkKind, Long> minutesWorkedByKind(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds);

    /** Minutes worked on approved work per month from {@code from} to {@code to} (every month present). */
    SortedMap<YearMonth, Long> minutesWorkedByMonth(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds);

    /** Approved submissions (by approval date) and approved time-log minutes (by approval date), by where they were done. */
    WorkPlaces workPlaces(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds);

    /** Counts by place: at home, at the telework centre, unknown (the town's centre networks were not known). */
    record PlaceCounts(long home, long centre, long unknown) {
        public long total() {
            return home + centre + unknown;
        }
    }

    record WorkPlaces(PlaceCounts submissions, PlaceCounts timeLogMinutes) {
    }
}
