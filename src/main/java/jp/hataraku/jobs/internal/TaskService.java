package jp.hataraku.jobs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemResults;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.NotOnTeam;
import jp.hataraku.jobs.SubmitOutcome;
import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TaskAssigned;
import jp.hataraku.jobs.TermsNotAccepted;
import jp.hataraku.jobs.TaskInfo;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskLine;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskSubmitted;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.platform.RelaxedCommit;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class TaskService implements Tasks {

    /** How often a claim retries when a concurrent claim of the same worker took a slot of the same item. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final TaskRepository tasks;
    private final JobRepository jobs;
    private final TokyoClock clock;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    /** Refusals are audited in their own transaction: the refused request's own work rolls back. */
    private final TransactionTemplate refusals;
    private final int defaultScore;
    private final RelaxedCommit relaxedCommit;
    private final WorkSites workSites;

    TaskService(TaskRepository tasks, JobRepository jobs, TokyoClock clock, Audit audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            @Value("${hataraku.jobs.default-quality-score:80}") int defaultScore, RelaxedCommit relaxedCommit,
            WorkSites workSites) {
        this.workSites = workSites;
        this.relaxedCommit = relaxedCommit;
        this.tasks = tasks;
        this.jobs = jobs;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.refusals = new TransactionTemplate(transactionManager);
        this.refusals.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.defaultScore = defaultScore;
    }

    // --- batches -------------------------------------------------------------------------------

    @Override
    @Transactional
    public long createBatch(long jobId, String name, String source, List<String> columns, Optional<Long> createdBy) {
        jobs.find(jobId).orElseThrow(() -> new JobRuleViolation("jobs.job.unknown"));
        return tasks.createBatch(jobId, name, source, columns, createdBy.orElse(null));
    }

    @Override
    @Transactional
    public int addItems(long batchId, List<NewItem> items) {
        items.forEach(item -> tasks.insertItem(batchId, item));
        return items.size();
    }

    // --- claim ---------------------------------------------------------------------------------

    @Override
    public Optional<ClaimedTask> claimNext(long workerId, Optional<Long> jobId) {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<ClaimedTask> claimed = transactions.execute(tx -> claimOnce(workerId, jobId.orElse(0L)));
                if (claimed.isEmpty() && tasks.returnExpired(clock.now()) > 0) {
                    return transactions.execute(tx -> claimOnce(workerId, jobId.orElse(0L)));
                }
                return claimed;
            } catch (DuplicateKeyException e) {
                // another request of the same worker took a slot of the same item at the same moment
                if (attempt == CLAIM_ATTEMPTS) {
                    return Optional.empty();
                }
            }
        }
    }

    private Optional<ClaimedTask> claimOnce(long workerId, long onlyJob) {
        // a lease lost in a database crash costs nothing: the task stays in the pool (RelaxedCommit)
        relaxedCommit.forThisTransaction();
        Instant now = clock.now();
        LocalDate today = clock.today();
        List<TaskRepository.EligibleJob> eligible = tasks.eligibleJobs(workerId, onlyJob, today, defaultScore);
        if (eligible.isEmpty()) {
            if (onlyJob != 0) {
                Optional<Boolean> accepted = jobs.membership(onlyJob, workerId);
                if (accepted.isEmpty()) {
                    auditRefusal("task.claim.refused", "worker " + workerId + " job " + onlyJob);
                    throw new NotOnTeam(onlyJob);
                }
                if (!accepted.get()) {
                    throw new TermsNotAccepted(onlyJob, Optional.empty());
                }
            }
            return Optional.empty();
        }
        Optional<ClaimedTask> held = tasks.liveLease(workerId, onlyJob, now)
                .filter(t -> eligible.stream().anyMatch(j -> j.id() == t.jobId()));
        if (held.isPresent()) {
            // finish what you hold first: claim-next hands back the task the worker already has
            return held;
        }
        Optional<ClaimedTask> claimed = Optional.empty();
        for (TaskRepository.EligibleJob job : eligible) {
            if (job.goldRatePercent() > 0 && ThreadLocalRandom.current().nextInt(100) < job.goldRatePercent()) {
                claimed = tasks.claimGold(workerId, job.id(), now);
                if (claimed.isPresent()) {
                    break;
                }
            }
        }
        // jobs come earliest due first, and a job's tasks share its due date: one index scan per job
        for (int i = 0; i < eligible.size() && claimed.isEmpty(); i++) {
            claimed = tasks.claimPool(workerId, eligible.get(i).id(), now);
        }
        claimed.ifPresent(task -> {
            TaskRepository.EligibleJob job = eligible.stream().filter(j -> j.id() == task.jobId()).findFirst().orElseThrow();
            if (job.status() == JobStatus.OPEN) {
                tasks.startWork(job.id());
            }
            if (job.capped()) {
                tasks.logClaim(workerId, job.id(), task.taskId(), today);
            }
        });
        return claimed;
    }

    @Override
    @Scheduled(fixedDelayString = "${hataraku.jobs.lease-sweep:PT30S}")
    public int returnExpiredLeases() {
        return transactions.execute(tx -> tasks.returnExpired(clock.now()));
    }

    // --- the worker's task ---------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public TaskView view(long workerId, long taskId) {
        TaskRepository.TaskRow task = ownTask(workerId, taskId, false);
        return tasks.view(task.id()).orElseThrow();
    }

    @Override
    @Transactional
    public int saveDraft(long workerId, long taskId, Map<String, String> values) {
        TaskRepository.TaskRow task = ownTask(workerId, taskId, false);
        if (task.status() == TaskStatus.LEASED) {
            tasks.renewLease(taskId, workerId, clock.now().plusSeconds(60L * task.leaseMinutes()));
        }
        return tasks.saveDraft(taskId, workerId, values, clock.now());
    }

    @Override
    @Transactional
    public void renewLease(long workerId, long taskId) {
        TaskRepository.TaskRow task = ownTask(workerId, taskId, false);
        if (task.status() == TaskStatus.LEASED) {
            tasks.renewLease(taskId, workerId, clock.now().plusSeconds(60L * task.leaseMinutes()));
        }
    }

    /**
     * Without an address (demo data, imports). Transactional itself: the call to the other submit is
     * on this object, past the transactional proxy, and without a transaction the outbox would never
     * hand the event on.
     */
    @Override
    @Transactional
    public SubmitOutcome submit(long workerId, long taskId, String submitKey, Map<String, String> values) {
        return submit(workerId, taskId, submitKey, values, Optional.empty());
    }

    @Override
    @Transactional
    public SubmitOutcome submit(long workerId, long taskId, String submitKey, Map<String, String> values,
            Optional<java.net.InetAddress> from) {
        if (submitKey == null || submitKey.isBlank() || submitKey.length() > 100) {
            throw new IllegalArgumentException("a submit key of 1 to 100 characters is required");
        }
        TaskRepository.TaskRow task = tasks.task(taskId, true).orElseThrow(() -> new NotOnTeam(0));
        requireMember(workerId, task);
        if (task.kind() == TaskKind.ASSIGNED && !task.termsAccepted()
                && task.workerId().filter(w -> w == workerId).isPresent()) {
            throw new TermsNotAccepted(task.jobId(), Optional.of(taskId));
        }
        Optional<Long> earlier = tasks.submissionByKey(taskId, submitKey);
        if (earlier.isPresent()) {
            return new SubmitOutcome.Accepted(earlier.get(), true);
        }
        if (!task.jobStatus().isWorkable()) {
            return new SubmitOutcome.JobNotWorkable();
        }
        Instant now = clock.now();
        boolean held = task.workerId().filter(w -> w == workerId).isPresent();
        if (held && (task.status() == TaskStatus.SUBMITTED || task.status() == TaskStatus.APPROVED)) {
            return new SubmitOutcome.AlreadySubmitted();
        }
        boolean mayHandIn = held && (task.status() == TaskStatus.RETURNED
                || task.kind() == TaskKind.ASSIGNED && task.status() == TaskStatus.OPEN
                || task.status() == TaskStatus.LEASED && task.leaseUntil().orElseThrow().isAfter(now));
        if (!mayHandIn) {
            return leaseRanOut(workerId, task, values, now);
        }
        TaskTemplate template = JobJson.template(task.template());
        TaskTemplate.Result checked = template.check(values);
        if (!checked.isValid()) {
            tasks.saveDraft(taskId, workerId, values, now);
            return new SubmitOutcome.Invalid(checked.errors());
        }
        // asked only for a submission that is recorded: the worker's town by key, its networks from memory
        String place = WorkSites.column(workSites.of(workerId, from));
        long submissionId = tasks.insertSubmission(task, workerId, submitKey, checked.values(), now, place);
        tasks.deleteDraft(taskId, workerId);
        events.publishEvent(new TaskSubmitted(taskId, task.jobId(), task.itemId(), workerId, task.kind(), submissionId, now));
        return new SubmitOutcome.Accepted(submissionId, false);
    }

    /** The lease ran out: keep what was typed, and lease the task again when nobody else has it. */
    private SubmitOutcome leaseRanOut(long workerId, TaskRepository.TaskRow task, Map<String, String> values, Instant now) {
        boolean held = task.workerId().filter(w -> w == workerId).isPresent();
        boolean free = task.status() == TaskStatus.OPEN && task.kind() == TaskKind.POOL
                || held && (task.status() == TaskStatus.LEASED || task.status() == TaskStatus.CANCELLED);
        if (free) {
            Instant until = tasks.lease(task.id(), workerId, now, task.leaseMinutes());
            tasks.saveDraft(task.id(), workerId, values, now);
            return new SubmitOutcome.LeaseExpired(true, until);
        }
        // someone else holds it now: the draft stays under this worker's name for reference
        tasks.saveDraft(task.id(), workerId, values, now);
        return new SubmitOutcome.LeaseExpired(false, now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskLine> openTasks(long workerId) {
        return tasks.openTasks(workerId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonthlyWork> approvedIn(long workerId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(TokyoClock.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TokyoClock.ZONE).toInstant();
        return tasks.approvedIn(workerId, from, to);
    }

    // --- quality and review --------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public ItemResults itemResults(long itemId) {
        return tasks.itemResults(itemId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemInReview> itemsInReview(long jobId, Optional<Long> batchId) {
        return tasks.itemsInReview(jobId, batchId.orElse(0L));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskInfo> info(long taskId) {
        return tasks.info(taskId);
    }

    @Override
    @Transactional
    public void settleItem(long itemId, Map<String, String> finalValues) {
        tasks.settleItem(itemId, finalValues);
    }

    @Override
    @Transactional
    public void sendToAdjudication(long itemId) {
        tasks.markAdjudication(itemId);
    }

    @Override
    @Transactional
    public void approve(long taskId, long reviewerAccountId) {
        TaskRepository.TaskRow task = submitted(taskId);
        TaskRepository.Submission submission = tasks.pendingSubmission(taskId).orElseThrow();
        Instant now = clock.now();
        tasks.review(submission.id(), taskId, TaskStatus.APPROVED, null, reviewerAccountId, now);
        if (task.kind() == TaskKind.POOL) {
            tasks.approveItemWhenDone(task.itemId().orElseThrow(), task.overlap(), submission.result());
        }
        events.publishEvent(new TaskApproved(taskId, task.jobId(), task.contractorId(), task.clientId(),
                task.workerId().orElseThrow(), WorkKind.valueOf(task.workKind()), 1, JobJson.reward(task.rewardRule()),
                LocalDate.ofInstant(submission.submittedAt(), TokyoClock.ZONE), clock.today()));
        audit.change("task.approve", "task", taskId, TaskStatus.SUBMITTED.name(), TaskStatus.APPROVED.name());
    }

    @Override
    @Transactional
    public void returnToWorker(long taskId, String comment, long reviewerAccountId) {
        requireComment(comment);
        TaskRepository.TaskRow task = submitted(taskId);
        TaskRepository.Submission submission = tasks.pendingSubmission(taskId).orElseThrow();
        Instant now = clock.now();
        tasks.review(submission.id(), taskId, TaskStatus.RETURNED, comment.strip(), reviewerAccountId, now);
        task.itemId().filter(i -> task.kind() == TaskKind.POOL).ifPresent(tasks::withdrawResult);
        // the worker starts again from what they handed in
        tasks.saveDraft(taskId, task.workerId().orElseThrow(), submission.result(), now);
        audit.change("task.return", "task", taskId, TaskStatus.SUBMITTED.name(), comment.strip());
    }

    @Override
    @Transactional
    public void reject(long taskId, String comment, long reviewerAccountId) {
        requireComment(comment);
        TaskRepository.TaskRow task = submitted(taskId);
        TaskRepository.Submission submission = tasks.pendingSubmission(taskId).orElseThrow();
        tasks.review(submission.id(), taskId, TaskStatus.REJECTED, comment.strip(), reviewerAccountId, clock.now());
        if (task.kind() == TaskKind.POOL) {
            tasks.withdrawResult(task.itemId().orElseThrow());
            tasks.reopenSlot(taskId);
        }
        audit.change("task.reject", "task", taskId, TaskStatus.SUBMITTED.name(), comment.strip());
    }

    @Override
    @Transactional
    public long assign(long jobId, long workerId, String title, String instructions, LocalDate due, int estimatedMinutes) {
        JobSummary job = jobs.find(jobId).orElseThrow(() -> new JobRuleViolation("jobs.job.unknown"));
        if (!job.status().isWorkable()) {
            throw new JobRuleViolation("jobs.task.jobNotWorkable");
        }
        if (!jobs.isMember(jobId, workerId)) {
            throw new JobRuleViolation("jobs.task.assigneeNotOnTeam");
        }
        if (title == null || title.isBlank()) {
            throw new JobRuleViolation("jobs.task.titleRequired");
        }
        if (estimatedMinutes < 0) {
            throw new JobRuleViolation("jobs.task.estimateNegative");
        }
        long id = tasks.assign(jobId, workerId, title.strip(), instructions == null ? "" : instructions, due, estimatedMinutes);
        if (job.status() == JobStatus.OPEN) {
            tasks.startWork(jobId);
        }
        audit.change("task.assign", "task", id, null, workerId);
        // the assignment's written terms come from the pay module; until accepted the task is closed to work
        events.publishEvent(new TaskAssigned(id, jobId, job.contractorId(), workerId, title.strip(),
                instructions == null ? "" : instructions, due, estimatedMinutes, clock.now()));
        return id;
    }

    // --- rules shared by the methods above -----------------------------------------------------

    /** The task of a worker on the job's team who holds it; anyone else is refused and audited. */
    private TaskRepository.TaskRow ownTask(long workerId, long taskId, boolean lock) {
        TaskRepository.TaskRow task = tasks.task(taskId, lock).orElseThrow(() -> new NotOnTeam(0));
        requireMember(workerId, task);
        if (task.workerId().filter(w -> w == workerId).isEmpty()) {
            auditRefusal("task.read.refused", "worker " + workerId + " task " + taskId);
            throw new NotOnTeam(task.jobId());
        }
        if (task.kind() == TaskKind.ASSIGNED && !task.termsAccepted()) {
            throw new TermsNotAccepted(task.jobId(), Optional.of(taskId));
        }
        return task;
    }

    /** An active member of the task's job who has accepted the job's written terms; others are refused. */
    private void requireMember(long workerId, TaskRepository.TaskRow task) {
        Optional<Boolean> accepted = jobs.membership(task.jobId(), workerId);
        if (accepted.isEmpty()) {
            auditRefusal("task.read.refused", "worker " + workerId + " task " + task.id() + " job " + task.jobId());
            throw new NotOnTeam(task.jobId());
        }
        if (!accepted.get()) {
            throw new TermsNotAccepted(task.jobId(), Optional.empty());
        }
    }

    private void auditRefusal(String action, String detail) {
        refusals.executeWithoutResult(tx -> audit.event(action, detail));
    }

    private TaskRepository.TaskRow submitted(long taskId) {
        TaskRepository.TaskRow task = tasks.task(taskId, true).orElseThrow(() -> new JobRuleViolation("jobs.task.unknown"));
        if (task.status() != TaskStatus.SUBMITTED) {
            throw new JobRuleViolation("jobs.task.notSubmitted", task.status().name());
        }
        return task;
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new JobRuleViolation("jobs.task.commentRequired");
        }
    }
}
