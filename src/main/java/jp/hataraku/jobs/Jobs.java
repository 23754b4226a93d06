package jp.hataraku.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** The quality module keeps each worker's score here for claim-next to use. */
    void recordQualityScore(long workerId, WorkKind kind, int score);
}
