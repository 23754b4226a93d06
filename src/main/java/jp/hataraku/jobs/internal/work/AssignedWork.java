package jp.hataraku.jobs.internal.work;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.NotOnTeam;
import jp.hataraku.jobs.TimeApproved;
import jp.hataraku.jobs.internal.WorkSites;
import jp.hataraku.jobs.internal.work.TaskFileRepository.Purpose;
import jp.hataraku.jobs.internal.work.TaskFileRepository.TaskFile;
import jp.hataraku.jobs.internal.work.TimeLogRepository.TimeLog;
import jp.hataraku.platform.DetectedType;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Assigned work beside its form: the director's instruction files, the worker's result files and
 * the hours logged on it. Only the assignee sees and touches them; approved hours are published
 * as {@link TimeApproved} in the same transaction (Modulith outbox) for the pay module.
 */
@Service
class AssignedWork {

    /** Largest file a worker or director may attach. */
    static final long MAX_FILE = 20L * 1024 * 1024;

    private final TaskFileRepository files;
    private final TimeLogRepository logs;
    private final FileStore store;
    private final Jobs jobs;
    private final TokyoClock clock;
    private final ApplicationEventPublisher events;
    private final WorkSites workSites;

    AssignedWork(TaskFileRepository files, TimeLogRepository logs, FileStore store, Jobs jobs, TokyoClock clock,
            ApplicationEventPublisher events, WorkSites workSites) {
        this.workSites = workSites;
        this.files = files;
        this.logs = logs;
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        this.events = events;
    }

    /** What the assignee sees beside the form. */
    record Panel(List<TaskFile> instructions, List<TaskFile> results, List<TimeLog> logs, boolean running,
            int totalMinutes) { }

    @Transactional(readOnly = true)
    Panel forWorker(long workerId, long taskId) {
        TaskRef task = assigneeTask(workerId, taskId);
        List<TaskFile> all = files.list(task.id());
        List<TimeLog> taskLogs = logs.forTask(task.id()).stream().filter(l -> l.workerId() == workerId).toList();
        return new Panel(all.stream().filter(f -> f.purpose() == Purpose.INSTRUCTION).toList(),
                all.stream().filter(f -> f.purpose() == Purpose.RESULT).toList(), taskLogs,
                taskLogs.stream().anyMatch(TimeLog::running),
                taskLogs.stream().mapToInt(l -> l.minutes().orElse(0)).sum());
    }

    /**
     * Starts the timer; false when another timer of this worker is running. The log records where
     * the work is done (centre or home) by the address the worker started it from.
     */
    @Transactional
    boolean start(long workerId, long taskId, Optional<InetAddress> from) {
        TaskRef task = assigneeTask(workerId, taskId);
        return logs.start(task, workerId, clock.now(), WorkSites.column(workSites.of(workerId, from)));
    }

    @Transactional
    boolean stop(long workerId, long taskId) {
        return logs.stop(assigneeTask(workerId, taskId).id(), workerId, clock.now());
    }

    /**
     * Typed hours. Their place is not known: where the hours are typed (often afterwards, from home)
     * says nothing about where they were worked, and the worker is not asked.
     */
    @Transactional
    void logManual(long workerId, long taskId, LocalDate workedOn, int minutes, String reason) {
        TaskRef task = assigneeTask(workerId, taskId);
        logs.addManual(task, workerId, workedOn, minutes, reason, null);
    }

    /** Stores a result file (type by content, 20 MB at most). */
    @Transactional
    void addResult(long workerId, long taskId, MultipartFile upload) throws FileStore.TooLarge, UnknownType {
        TaskRef task = assigneeTask(workerId, taskId);
        files.add(task.id(), Purpose.RESULT, put(upload), name(upload), null);
    }

    @Transactional
    void addInstruction(long taskId, MultipartFile upload, long accountId) throws FileStore.TooLarge, UnknownType {
        files.add(taskId, Purpose.INSTRUCTION, put(upload), name(upload), accountId);
    }

    /** A file of the worker's own assigned task. */
    Optional<Download> workerFile(long workerId, long taskId, long fileId) {
        assigneeTask(workerId, taskId);
        return files.find(taskId, fileId).flatMap(this::download);
    }

    /** A file of a job's assigned task, for its director. */
    Optional<Download> jobFile(long jobId, long taskId, long fileId) {
        return files.task(taskId).filter(t -> t.jobId() == jobId).flatMap(t -> files.find(taskId, fileId))
                .flatMap(this::download);
    }

    record Download(TaskFile file, InputStream content) { }

    private Optional<Download> download(TaskFile f) {
        return store.open(f.sha256()).map(in -> new Download(f, in));
    }

    /** Approves logged hours once and tells the pay module, in the same transaction. */
    @Transactional
    boolean approveTime(long jobId, long logId, long approverAccountId) {
        JobSummary job = jobs.find(jobId).orElseThrow();
        Optional<TimeLog> approved = logs.approve(jobId, logId, approverAccountId, clock.now());
        approved.ifPresent(l -> events.publishEvent(new TimeApproved(l.id(), l.taskId(), l.jobId(), job.contractorId(),
                job.clientId(), l.workerId(), job.details().workKind(), l.minutes().orElse(0), job.details().reward(),
                l.workedOn(), clock.today())));
        return approved.isPresent();
    }

    List<TimeLog> timeToApprove(long jobId) {
        return logs.toApprove(jobId);
    }

    List<TaskFileRepository.AssignedLine> assignedOf(long jobId) {
        return files.assignedOf(jobId);
    }

    java.util.Map<Long, List<TaskFile>> filesOfJob(long jobId) {
        return files.filesOfJob(jobId);
    }

    private TaskRef assigneeTask(long workerId, long taskId) {
        TaskRef task = files.task(taskId).orElseThrow(() -> new java.util.NoSuchElementException("task " + taskId));
        if (!task.assignedTo(workerId)) {
            throw new NotOnTeam(task.jobId());
        }
        if (!files.termsAccepted(taskId, workerId)) {
            throw new jp.hataraku.jobs.TermsNotAccepted(task.jobId(), Optional.of(taskId));
        }
        return task;
    }

    private StoredFile put(MultipartFile upload) throws FileStore.TooLarge, UnknownType {
        try (InputStream in = upload.getInputStream()) {
            StoredFile stored = store.put(in, MAX_FILE);
            if (stored.type() == DetectedType.UNKNOWN) {
                throw new UnknownType();
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "file";
        }
        name = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The file's bytes are none of the kinds the platform accepts. */
    static final class UnknownType extends Exception {
        UnknownType() {
            super("file type not accepted");
        }
    }

}
