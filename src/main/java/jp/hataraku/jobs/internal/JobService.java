package jp.hataraku.jobs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.hataraku.clients.Agreements;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobStatusChanged;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.JobTermsChanged;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TeamMemberAdded;
import jp.hataraku.jobs.UnitTime;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.WorkerStatusChanged;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs facade. Public inside the module so that deliveries and acceptance move a job along
 * its lifecycle through {@link #transition}, the one place that checks and records it.
 */
@Service
public class JobService implements Jobs {

    private final JobRepository jobs;
    private final Clients clients;
    private final Workers workers;
    private final Accounts accounts;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final TokyoClock clock;
    private final JobFigures figures;

    JobService(JobRepository jobs, Clients clients, Workers workers, Accounts accounts, Audit audit,
            ApplicationEventPublisher events, TokyoClock clock, JobFigures figures) {
        this.figures = figures;
        this.events = events;
        this.clock = clock;
        this.jobs = jobs;
        this.clients = clients;
        this.workers = workers;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public long create(JobDetails details) {
        if (clients.find(details.clientId()).filter(c -> c.contractorId() == details.contractorId()).isEmpty()) {
            throw new JobRuleViolation("jobs.job.unknownClient");
        }
        long id = jobs.insert(details);
        audit.change("job.create", "job", id, null, details.title());
        return id;
    }

    @Override
    @Transactional
    public void update(long jobId, int version, JobDetails details) {
        JobSummary job = existing(jobId);
        if (job.status() != JobStatus.DRAFT && job.status() != JobStatus.OPEN) {
            throw new JobRuleViolation("jobs.job.notEditable", job.status().name());
        }
        if (job.status() == JobStatus.OPEN && details.mode() == JobMode.POOL && details.template().isEmpty()) {
            throw new JobRuleViolation("jobs.open.noTemplate");
        }
        if (details.clientId() != job.clientId() && job.status() != JobStatus.DRAFT) {
            throw new JobRuleViolation("jobs.job.clientFixed");
        }
        if (!jobs.update(jobId, version, details)) {
            throw new JobRuleViolation("jobs.job.changedMeanwhile");
        }
        audit.change("job.update", "job", jobId, job.details().title(), details.title());
        if (termsChanged(job.details(), details)) {
            events.publishEvent(new JobTermsChanged(jobId, job.contractorId()));
        }
    }

    @Override
    @Transactional
    public void open(long jobId, LocalDate today) {
        JobSummary job = lockedJob(jobId);
        requireTransition(job, JobStatus.OPEN);
        Agreements agreements = clients.agreementsOn(job.clientId(), today);
        if (!agreements.inForce()) {
            throw new JobRuleViolation("jobs.open.noAgreements");
        }
        if (job.details().directorAccountId().isEmpty()) {
            throw new JobRuleViolation("jobs.open.noDirector");
        }
        if (job.details().mode() == JobMode.POOL && job.details().template().isEmpty()) {
            throw new JobRuleViolation("jobs.open.noTemplate");
        }
        jobs.setStatus(jobId, job.status(), JobStatus.OPEN, actor(), agreements.serviceContractId().get(),
                agreements.ndaId().get());
        events.publishEvent(new JobStatusChanged(jobId, job.contractorId(), job.status(), JobStatus.OPEN, clock.today()));
        audit.change("job.open", "job", jobId, job.status().name(), JobStatus.OPEN.name());
    }

    @Override
    @Transactional
    public void cancel(long jobId) {
        transition(jobId, JobStatus.CANCELLED);
    }

    @Override
    @Transactional
    public void close(long jobId) {
        transition(jobId, JobStatus.CLOSED);
    }

    /** Moves a job along its lifecycle (deliveries and acceptance use this inside their own transaction). */
    @Transactional
    public void transition(long jobId, JobStatus to) {
        JobSummary job = lockedJob(jobId);
        requireTransition(job, to);
        jobs.setStatus(jobId, job.status(), to, actor(), null, null);
        events.publishEvent(new JobStatusChanged(jobId, job.contractorId(), job.status(), to, clock.today()));
        audit.change("job.status", "job", jobId, job.status().name(), to.name());
    }

    @Override
    public Optional<JobSummary> find(long jobId) {
        return jobs.find(jobId);
    }

    @Override
    public List<JobSummary> listForContractor(long contractorId) {
        return jobs.listForContractor(contractorId);
    }

    @Override
    public List<JobSummary> listForClient(long clientId) {
        return jobs.listForClient(clientId);
    }

    @Override
    public List<JobSummary> listForWorker(long workerId) {
        return jobs.listForWorker(workerId);
    }

    @Override
    @Transactional
    public void addMember(long jobId, long workerId) {
        JobSummary job = existing(jobId);
        if (job.status() == JobStatus.CLOSED || job.status() == JobStatus.CANCELLED) {
            throw new JobRuleViolation("jobs.team.jobClosed");
        }
        WorkerSummary worker = workers.find(workerId).orElseThrow(() -> new JobRuleViolation("jobs.team.unknownWorker"));
        if (!worker.mayWork()) {
            throw new JobRuleViolation("jobs.team.notActive", worker.name());
        }
        Set<String> missing = new TreeSet<>(job.details().qualifications());
        missing.removeAll(worker.qualifications());
        if (!missing.isEmpty()) {
            throw new JobRuleViolation("jobs.team.missingQualification", worker.name(), String.join("、", missing));
        }
        if (jobs.addMember(jobId, job.contractorId(), workerId)) {
            audit.change("team.add", "job", jobId, null, workerId);
            // the written terms come from the pay module; until accepted the member cannot work
            events.publishEvent(new TeamMemberAdded(jobId, job.contractorId(), workerId, clock.now()));
        }
    }

    @Override
    @Transactional
    public void removeMember(long jobId, long workerId) {
        if (jobs.deactivateMember(jobId, workerId, "REMOVED")) {
            audit.change("team.remove", "job", jobId, workerId, null);
        }
    }

    @Override
    public boolean isMember(long jobId, long workerId) {
        return jobs.isMember(jobId, workerId);
    }

    @Override
    public List<Long> members(long jobId) {
        return jobs.members(jobId);
    }

    @Override
    @Transactional
    public void recordTermsAccepted(long jobId, long workerId) {
        if (jobs.setTermsAccepted(jobId, workerId, true)) {
            audit.change("team.termsAccepted", "job", jobId, null, workerId);
        }
    }

    @Override
    @Transactional
    public void termsWithdrawn(long jobId, long workerId) {
        if (jobs.setTermsAccepted(jobId, workerId, false)) {
            audit.change("team.termsPending", "job", jobId, workerId, null);
        }
    }

    @Override
    @Transactional
    public void recordAssignmentTermsAccepted(long taskId, long workerId) {
        if (jobs.setAssignmentTermsAccepted(taskId, workerId, true)) {
            audit.change("task.termsAccepted", "task", taskId, null, workerId);
        }
    }

    @Override
    @Transactional
    public void assignmentTermsWithdrawn(long taskId, long workerId) {
        if (jobs.setAssignmentTermsAccepted(taskId, workerId, false)) {
            audit.change("task.termsPending", "task", taskId, workerId, null);
        }
    }

    @Override
    public boolean termsAccepted(long jobId, long workerId) {
        return jobs.membership(jobId, workerId).orElse(false);
    }

    @Override
    public List<JobSummary> awaitingTerms(long workerId) {
        return jobs.awaitingTerms(workerId);
    }

    @Override
    public Optional<UnitTime> unitTime(long jobId) {
        return jobs.unitTime(jobId);
    }

    /** Whether a change touches what the written terms state (RULES-JP §1 Art. 3). */
    static boolean termsChanged(JobDetails before, JobDetails after) {
        return !before.reward().equals(after.reward()) || !before.dueDate().equals(after.dueDate())
                || !before.title().equals(after.title()) || before.workKind() != after.workKind()
                || !before.description().equals(after.description())
                || !before.deliverableFormat().equals(after.deliverableFormat());
    }

    @Override
    @Transactional
    public void recordQualityScore(long workerId, WorkKind kind, int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100");
        }
        jobs.recordQualityScore(workerId, kind, score);
    }

    /** A worker who stops being ACTIVE leaves every team until they are ACTIVE again (their NDA must be in force). */
    @ApplicationModuleListener
    void on(WorkerStatusChanged event) {
        long workerId = event.workerId().value();
        if (event.to() == WorkerStatus.ACTIVE) {
            jobs.reactivateAfterStatus(workerId);
        } else if (event.from() == WorkerStatus.ACTIVE) {
            jobs.deactivateAll(workerId);
        }
    }

    private JobSummary existing(long jobId) {
        return jobs.find(jobId).orElseThrow(() -> new JobRuleViolation("jobs.job.unknown"));
    }

    private JobSummary lockedJob(long jobId) {
        return jobs.findForUpdate(jobId).orElseThrow(() -> new JobRuleViolation("jobs.job.unknown"));
    }

    private static void requireTransition(JobSummary job, JobStatus to) {
        if (!job.status().canBecome(to)) {
            throw new JobRuleViolation("jobs.status.notAllowed", job.status().name(), to.name());
        }
    }

    private Long actor() {
        return accounts.current().map(CurrentUser::accountId).orElse(null);
    }

    @Override
    public long jobsOpened(LocalDate from, LocalDate to, Optional<java.util.Set<Long>> contractorIds) {
        return figures.jobsOpened(from, to, contractorIds);
    }

    @Override
    public java.util.Map<Long, WorkKind> workKindsOf(java.util.Collection<Long> jobIds) {
        return figures.workKindsOf(jobIds);
    }

    @Override
    public java.util.Map<WorkKind, Long> minutesWorkedByKind(LocalDate from, LocalDate to,
            Optional<java.util.Set<Long>> contractorIds) {
        return figures.minutesWorkedByKind(from, to, contractorIds);
    }

    @Override
    public java.util.SortedMap<java.time.YearMonth, Long> minutesWorkedByMonth(LocalDate from, LocalDate to,
            Optional<java.util.Set<Long>> contractorIds) {
        return figures.minutesWorkedByMonth(from, to, contractorIds);
    }

    @Override
    public WorkPlaces workPlaces(LocalDate from, LocalDate to, Optional<java.util.Set<Long>> contractorIds) {
        return figures.workPlaces(from, to, contractorIds);
    }
}
