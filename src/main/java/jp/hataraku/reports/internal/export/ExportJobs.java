package jp.hataraku.reports.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.internal.ReportScope;
import jp.hataraku.shared.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Council report exports as background jobs (table {@code report_export_job}), for what may take
 * long: a workbook of several fiscal years, or any export someone prefers not to wait for. A job is
 * QUEUED when asked for, RUNNING on the bounded {@link ExportJobConfiguration#EXECUTOR executor}
 * (one thread, a short queue: a full queue refuses at once with {@code reports.job.busy} rather than
 * pile up work), with its progress (steps done of total: one per year, one for the file) and a
 * heartbeat after each step, then DONE with its file, or FAILED with a message code.
 * <p>Jobs belong to the account that asked: every read takes the account and answers nothing for
 * another's job, so the page answers 404, not 403 (no one learns which ids exist).
 * <p><b>Crashes and several instances.</b> The queue lives in the JVM that took the request; that
 * process beats each of its jobs' heartbeat every {@link #HEARTBEAT_SECONDS} seconds while the job
 * is QUEUED or RUNNING. A job whose heartbeat is older than {@link #STALE_MINUTES} minutes was lost
 * with its process: start-up of any instance, the scheduled tick and reading the job mark it FAILED
 * ({@code reports.job.error.interrupted}) instead of leaving it to spin forever, and never touch
 * another live instance's jobs.
 * <p><b>Retention.</b> Finished jobs and their files are deleted {@link #KEEP_DAYS} days after they
 * finished (daily, and at start-up).
 */
@Service
public class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    public static final int KEEP_DAYS = 7;
    public static final int STALE_MINUTES = 2;
    static final int HEARTBEAT_SECONDS = 30;
    /** At most this many fiscal years in one workbook. */
    public static final int MAX_YEARS = 10;
    static final String INTERRUPTED = "reports.job.error.interrupted";
    static final String FAILED = "reports.job.error.failed";

    private final JdbcClient jdbc;
    private final ReportFiles files;
    private final Executor executor;
    /** The jobs this process holds (queued or running here), whose heartbeat it keeps. */
    private final java.util.Set<Long> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ExportJobs(JdbcClient jdbc, ReportFiles files, @Qualifier(ExportJobConfiguration.EXECUTOR) Executor executor) {
        this.jdbc = jdbc;
        this.files = files;
        this.executor = executor;
    }

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** A job as its owner sees it (without the file's bytes). */
    public record Job(long id, long accountId, ExportKind kind, Optional<Long> town, Optional<Long> contractor,
            FiscalYear from, FiscalYear to, Status status, int done, int total, String fileName, String errorCode,
            OffsetDateTime createdAt, OffsetDateTime finishedAt) {

        public int percent() {
            return status == Status.DONE ? 100 : (int) (100L * done / Math.max(1, total));
        }

        public boolean open() {
            return status == Status.QUEUED || status == Status.RUNNING;
        }
    }

    /** A refused request (a message code): too many years, a range for a one-year form, a full queue. */
    public static final class Refused extends RuntimeException {
        private final String code;

        public Refused(String code) {
            super(code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Queues an export and hands it to the executor; the job's id. */
    public long start(long accountId, ExportKind kind, ReportScope scope, FiscalYear from, FiscalYear to, Locale locale) {
        if (from.compareTo(to) > 0) {
            throw new Refused("reports.job.error.order");
        }
        if (!kind.allowsRange() && !from.equals(to)) {
            throw new Refused("reports.job.error.range");
        }
        if (to.startYear() - from.startYear() + 1 > MAX_YEARS) {
            throw new Refused("reports.job.error.tooMany");
        }
        long id = jdbc.sql("""
                INSERT INTO report_export_job (account_id, kind, town_id, contractor_id, from_year, to_year, locale, total)
                VALUES (:a, :k, :t, :c, :f, :to, :l, :n) RETURNING id""")
                .param("a", accountId).param("k", kind.name()).param("t", scope.town().orElse(null))
                .param("c", scope.contractor().orElse(null)).param("f", from.startYear()).param("to", to.startYear())
                .param("l", locale.toLanguageTag()).param("n", ReportFiles.steps(from, to))
                .query(Long.class).single();
        mine.add(id);
        try {
            executor.execute(() -> run(id));
        } catch (TaskRejectedException e) {
            mine.remove(id);
            fail(id, "reports.job.busy");
            throw new Refused("reports.job.busy");
        }
        return id;
    }

    private static final String COLUMNS = """
            SELECT id, account_id, kind, town_id, contractor_id, from_year, to_year, status, done, total, file_name,
                   error_code, created_at, finished_at
            FROM report_export_job""";

    /** The job, when it is the account's. */
    public Optional<Job> find(long id, long accountId) {
        failIfStale(id);
        return jdbc.sql(COLUMNS + " WHERE id = :id AND account_id = :a")
                .param("id", id).param("a", accountId).query(ExportJobs::job).optional();
    }

    /** The account's latest jobs, newest first (what is kept: the last {@link #KEEP_DAYS} days). */
    public List<Job> recent(long accountId, int limit) {
        return jdbc.sql(COLUMNS + " WHERE account_id = :a ORDER BY created_at DESC, id DESC LIMIT :n")
                .param("a", accountId).param("n", limit).query(ExportJobs::job).list();
    }

    private static Job job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Job(rs.getLong(1), rs.getLong(2), ExportKind.valueOf(rs.getString(3)),
                Optional.ofNullable((Long) rs.getObject(4)), Optional.ofNullable((Long) rs.getObject(5)),
                FiscalYear.of(rs.getInt(6)), FiscalYear.of(rs.getInt(7)), Status.valueOf(rs.getString(8)),
                rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class), rs.getObject(14, OffsetDateTime.class));
    }

    /** The finished file of the account's job. */
    public Optional<byte[]> file(long id, long accountId) {
        return jdbc.sql("SELECT file FROM report_export_job WHERE id = :id AND account_id = :a AND status = 'DONE'")
                .param("id", id).param("a", accountId).query(byte[].class).optional();
    }

    /** Runs a queued job in the calling thread (the executor's, or a test's). */
    public void run(long id) {
        try {
            runClaimed(id);
        } finally {
            mine.remove(id);
        }
    }

    private void runClaimed(long id) {
        Optional<JobRequest> claimed = jdbc.sql("""
                UPDATE report_export_job SET status = 'RUNNING', started_at = now(), heartbeat_at = now()
                WHERE id = :id AND status = 'QUEUED'
                RETURNING kind, town_id, contractor_id, from_year, to_year, locale""")
                .param("id", id)
                .query((rs, n) -> new JobRequest(ExportKind.valueOf(rs.getString(1)),
                        new ReportScope(Optional.ofNullable((Long) rs.getObject(2)), Optional.ofNullable((Long) rs.getObject(3))),
                        FiscalYear.of(rs.getInt(4)), FiscalYear.of(rs.getInt(5)), Locale.forLanguageTag(rs.getString(6))))
                .optional();
        if (claimed.isEmpty()) {
            return;
        }
        JobRequest r = claimed.get();
        long started = System.nanoTime();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.write(r.kind(), r.scope(), r.from(), r.to(), r.locale(), out, done -> progress(id, done));
            jdbc.sql("""
                    UPDATE report_export_job SET status = 'DONE', file = :f, file_name = :n, done = total,
                        finished_at = now(), heartbeat_at = now()
                    WHERE id = :id AND status = 'RUNNING'""")
                    .param("f", out.toByteArray()).param("n", ReportFiles.fileName(r.kind(), r.from(), r.to()))
                    .param("id", id).update();
            log.info("export job {} ({} {}–{}) done in {} ms, {} bytes", id, r.kind(), r.from().startYear(),
                    r.to().startYear(), (System.nanoTime() - started) / 1_000_000, out.size());
        } catch (ReportFiles.NothingToExport e) {
            fail(id, e.getMessage());
        } catch (PdfRenderer.FontMissing e) {
            log.warn("export job {}: {}", id, e.getMessage());
            fail(id, "reports.job.error.pdfFont");
        } catch (IOException | RuntimeException e) {
            log.warn("export job {} failed", id, e);
            fail(id, FAILED);
        }
    }

    private record JobRequest(ExportKind kind, ReportScope scope, FiscalYear from, FiscalYear to, Locale locale) {
    }

    private void progress(long id, int done) {
        jdbc.sql("""
                UPDATE report_export_job SET done = least(:d, total), heartbeat_at = now()
                WHERE id = :id AND status = 'RUNNING'""")
                .param("d", done).param("id", id).update();
    }

    private void fail(long id, String code) {
        jdbc.sql("""
                UPDATE report_export_job SET status = 'FAILED', error_code = :e, finished_at = now()
                WHERE id = :id AND status IN ('QUEUED', 'RUNNING')""")
                .param("e", code).param("id", id).update();
    }

    private void failIfStale(long id) {
        jdbc.sql("""
                UPDATE report_export_job SET status = 'FAILED', error_code = :e, finished_at = now()
                WHERE id = :id AND status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(mins => :m)""")
                .param("e", INTERRUPTED).param("id", id).param("m", STALE_MINUTES).update();
    }

    /** Keeps this process's jobs alive and ends the ones whose process is gone. */
    @Scheduled(fixedDelayString = "PT" + HEARTBEAT_SECONDS + "S", initialDelayString = "PT" + HEARTBEAT_SECONDS + "S")
    public void heartbeat() {
        if (!mine.isEmpty()) {
            jdbc.sql("""
                    UPDATE report_export_job SET heartbeat_at = now()
                    WHERE id = ANY(:ids) AND status IN ('QUEUED', 'RUNNING')""")
                    .param("ids", mine.toArray(Long[]::new)).update();
        }
        failAbandoned();
    }

    private int failAbandoned() {
        return jdbc.sql("""
                UPDATE report_export_job SET status = 'FAILED', error_code = :e, finished_at = now()
                WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(mins => :m)""")
                .param("e", INTERRUPTED).param("m", STALE_MINUTES).update();
    }

    /** At start-up: jobs whose process stopped beating their heartbeat end FAILED; old files go. */
    @EventListener(ApplicationReadyEvent.class)
    public void recoverInterrupted() {
        int lost = failAbandoned();
        if (lost > 0) {
            log.warn("{} council report export job(s) were interrupted by a restart and marked FAILED", lost);
        }
        deleteOld();
    }

    /** Deletes jobs (and their files) finished more than {@link #KEEP_DAYS} days ago; how many. */
    @Scheduled(cron = "${hataraku.reports.export-cleanup-cron:0 30 3 * * *}", zone = "Asia/Tokyo")
    public int deleteOld() {
        return jdbc.sql("DELETE FROM report_export_job WHERE finished_at < now() - make_interval(days => :d)")
                .param("d", KEEP_DAYS).update();
    }
}
