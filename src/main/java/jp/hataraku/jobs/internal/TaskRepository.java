package jp.hataraku.jobs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemResults;
import jp.hataraku.jobs.ItemStatus;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.TaskInfo;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskLine;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.jobs.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for batches, items, tasks, leases, drafts and submissions. Times come from the app clock. */
@Repository
class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- batches and items -------------------------------------------------------------------

    long createBatch(long jobId, String name, String source, List<String> columns, Long createdBy) {
        return jdbc.sql("""
                INSERT INTO batch (job_id, contractor_id, name, source, status, columns, created_by)
                SELECT id, contractor_id, :name, :source, 'READY', string_to_array(:columns, E'\\n'), :by
                FROM job WHERE id = :job
                RETURNING id
                """).param("job", jobId).param("name", name).param("source", source)
                .param("columns", String.join("\n", columns)).param("by", createdBy)
                .query(Long.class).single();
    }

    /** Inserts one item; non-gold items get the job's overlap slots as OPEN pool tasks. */
    long insertItem(long batchId, NewItem item) {
        long itemId = jdbc.sql("""
                INSERT INTO item (job_id, batch_id, contractor_id, seq, source, file_sha256, file_type, file_name,
                    file_page, gold_answer)
                SELECT b.job_id, b.id, b.contractor_id,
                    (SELECT COALESCE(max(seq), 0) + 1 FROM item WHERE batch_id = b.id),
                    :source::jsonb, :sha, :type, :fname, :page, :gold::jsonb
                FROM batch b WHERE b.id = :batch
                RETURNING id
                """).param("batch", batchId).param("source", JobJson.values(item.source()))
                .param("sha", item.file().map(TaskView.ItemFile::sha256).orElse(null))
                .param("type", item.file().map(TaskView.ItemFile::mediaType).orElse(null))
                .param("fname", item.file().map(TaskView.ItemFile::name).orElse(null))
                .param("page", item.file().flatMap(TaskView.ItemFile::page).orElse(null))
                .param("gold", item.goldAnswer().map(JobJson::values).orElse(null))
                .query(Long.class).single();
        if (item.goldAnswer().isEmpty()) {
            jdbc.sql("""
                    INSERT INTO task (job_id, contractor_id, kind, item_id, slot, due_date, status)
                    SELECT j.id, j.contractor_id, 'POOL', :item, s, j.due_date, 'OPEN'
                    FROM item i JOIN job j ON j.id = i.job_id, generate_series(1, j.overlap) s
                    WHERE i.id = :item
                    """).param("item", itemId).update();
        }
        jdbc.sql("UPDATE batch SET rows_total = rows_total + 1, rows_imported = rows_imported + 1 WHERE id = :b")
                .param("b", batchId).update();
        return itemId;
    }

    // --- claim ---------------------------------------------------------------------------------

    /** A job the worker may claim from now: on its team, workable, threshold met, daily cap not reached. */
    record EligibleJob(long id, JobStatus status, int leaseMinutes, int goldRatePercent, boolean capped) { }

    List<EligibleJob> eligibleJobs(long workerId, long onlyJob, LocalDate today, int defaultScore) {
        return jdbc.sql("""
                SELECT j.id, j.status, j.lease_minutes, j.gold_rate_percent, j.daily_cap IS NOT NULL AS capped
                FROM team_member m
                JOIN job j ON j.id = m.job_id
                LEFT JOIN worker_quality q ON q.worker_id = m.worker_id AND q.work_kind = j.work_kind
                WHERE m.worker_id = :w AND m.active AND m.terms_accepted
                  AND j.mode = 'POOL' AND j.status IN ('OPEN','IN_PROGRESS','DELIVERED','ACCEPTED')
                  AND (:only = 0 OR j.id = :only)
                  AND COALESCE(q.score, :defaultScore) >= j.quality_threshold
                  AND (j.daily_cap IS NULL OR j.daily_cap > (SELECT count(*) FROM claim_log c
                        WHERE c.worker_id = :w AND c.job_id = j.id AND c.claimed_on = :today))
                ORDER BY j.due_date, j.id
                """).param("w", workerId).param("only", onlyJob).param("today", today)
                .param("defaultScore", defaultScore)
                .query((rs, n) -> new EligibleJob(rs.getLong("id"), JobStatus.valueOf(rs.getString("status")),
                        rs.getInt("lease_minutes"), rs.getInt("gold_rate_percent"), rs.getBoolean("capped")))
                .list();
    }

    /**
     * Leases the earliest-due open pool task of the job whose item the worker has not
     * worked on. SKIP LOCKED lets concurrent claimers pass each other instead of queueing on
     * the same row; the re-check of {@code status} on the locked row keeps one holder per task.
     */
    Optional<ClaimedTask> claimPool(long workerId, long jobId, Instant now) {
        return jdbc.sql("""
                WITH pick AS (
                    SELECT t.id FROM task t
                    WHERE t.job_id = :job AND t.status = 'OPEN' AND t.kind = 'POOL'
                      AND NOT EXISTS (SELECT 1 FROM task o WHERE o.item_id = t.item_id AND o.worker_id = :w)
                    ORDER BY t.due_date, t.id
                    LIMIT 1
                    FOR UPDATE OF t SKIP LOCKED
                )
                UPDATE task t SET status = 'LEASED', worker_id = :w, leased_at = :now,
                    lease_until = CAST(:now AS timestamptz) + make_interval(mins => j.lease_minutes)
                FROM pick, job j
                WHERE t.id = pick.id AND j.id = t.job_id
                RETURNING t.id, t.job_id, t.item_id, t.kind, t.lease_until
                """).param("job", jobId).param("w", workerId).param("now", Timestamp.from(now))
                .query(TaskRepository::claimed).optional();
    }

    /** Leases a gold item of the job the worker has not seen, as a task created for them now. */
    Optional<ClaimedTask> claimGold(long workerId, long jobId, Instant now) {
        return jdbc.sql("""
                INSERT INTO task (job_id, contractor_id, kind, item_id, due_date, status, worker_id, leased_at, lease_until)
                SELECT j.id, j.contractor_id, 'GOLD', i.id, j.due_date, 'LEASED', :w, :now,
                    CAST(:now AS timestamptz) + make_interval(mins => j.lease_minutes)
                FROM item i JOIN job j ON j.id = i.job_id
                WHERE i.job_id = :job AND i.gold_answer IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM task o WHERE o.item_id = i.id AND o.worker_id = :w)
                ORDER BY random()
                LIMIT 1
                ON CONFLICT DO NOTHING
                RETURNING id, job_id, item_id, kind, lease_until
                """).param("w", workerId).param("job", jobId).param("now", Timestamp.from(now))
                .query(TaskRepository::claimed).optional();
    }

    /** A pool or gold task the worker holds with time left on its lease. */
    Optional<ClaimedTask> liveLease(long workerId, long onlyJob, Instant now) {
        return jdbc.sql("""
                SELECT id, job_id, item_id, kind, lease_until FROM task
                WHERE worker_id = :w AND status = 'LEASED' AND lease_until > :now AND (:only = 0 OR job_id = :only)
                ORDER BY lease_until LIMIT 1
                """).param("w", workerId).param("only", onlyJob).param("now", Timestamp.from(now))
                .query(TaskRepository::claimed).optional();
    }

    void logClaim(long workerId, long jobId, long taskId, LocalDate today) {
        jdbc.sql("INSERT INTO claim_log (worker_id, job_id, task_id, claimed_on) VALUES (:w, :j, :t, :d)")
                .param("w", workerId).param("j", jobId).param("t", taskId).param("d", today).update();
    }

    /** Every lease that ran out returns to the pool (a gold task is withdrawn: gold is dealt fresh). */
    int returnExpired(Instant now) {
        int pool = jdbc.sql("""
                UPDATE task SET status = 'OPEN', worker_id = NULL, leased_at = NULL, lease_until = NULL
                WHERE status = 'LEASED' AND kind = 'POOL' AND lease_until < :now
                """).param("now", Timestamp.from(now)).update();
        int gold = jdbc.sql("""
                UPDATE task SET status = 'CANCELLED', lease_until = NULL
                WHERE status = 'LEASED' AND kind = 'GOLD' AND lease_until < :now
                """).param("now", Timestamp.from(now)).update();
        return pool + gold;
    }

    // --- one task ------------------------------------------------------------------------------

    /** The columns of a task that the rules need, read with a row lock when {@code lock}. */
    record TaskRow(long id, long jobId, long contractorId, long clientId, Optional<Long> itemId, TaskKind kind,
            TaskStatus status, Optional<Long> workerId, Optional<Instant> leaseUntil, JobStatus jobStatus,
            int leaseMinutes, int overlap, String workKind, String rewardRule, String template,
            boolean termsAccepted) { }

    Optional<TaskRow> task(long taskId, boolean lock) {
        return jdbc.sql("""
                SELECT t.id, t.job_id, t.contractor_id, j.client_id, t.item_id, t.kind, t.status, t.worker_id,
                    t.lease_until, j.status AS job_status, j.lease_minutes, j.overlap, j.work_kind,
                    j.reward_rule::text AS reward_rule, j.template::text AS template, t.terms_accepted
                FROM task t JOIN job j ON j.id = t.job_id
                WHERE t.id = :id
                """ + (lock ? " FOR UPDATE OF t" : "")).param("id", taskId)
                .query((rs, n) -> new TaskRow(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("contractor_id"),
                        rs.getLong("client_id"), optionalLong(rs, "item_id"), TaskKind.valueOf(rs.getString("kind")),
                        TaskStatus.valueOf(rs.getString("status")), optionalLong(rs, "worker_id"),
                        optionalInstant(rs, "lease_until"), JobStatus.valueOf(rs.getString("job_status")),
                        rs.getInt("lease_minutes"), rs.getInt("overlap"), rs.getString("work_kind"),
                        rs.getString("reward_rule"), rs.getString("template"), rs.getBoolean("terms_accepted")))
                .optional();
    }

    Instant lease(long taskId, long workerId, Instant now, int minutes) {
        Instant until = now.plusSeconds(60L * minutes);
        jdbc.sql("""
                UPDATE task SET status = 'LEASED', worker_id = :w, leased_at = COALESCE(leased_at, :now), lease_until = :until
                WHERE id = :id
                """).param("id", taskId).param("w", workerId).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until)).update();
        return until;
    }

    void renewLease(long taskId, long workerId, Instant until) {
        jdbc.sql("UPDATE task SET lease_until = :until WHERE id = :id AND worker_id = :w AND status = 'LEASED'")
                .param("id", taskId).param("w", workerId).param("until", Timestamp.from(until)).update();
    }

    Optional<TaskView> view(long taskId) {
        return jdbc.sql("""
                SELECT t.id, t.job_id, j.title AS job_title, t.kind, t.status, j.template::text AS template,
                    i.source::text AS source, i.file_sha256, i.file_type, i.file_name, i.file_page,
                    t.lease_until, t.due_date, t.review_comment, t.title, t.instructions, t.estimated_minutes,
                    d.data::text AS draft, d.revision
                FROM task t JOIN job j ON j.id = t.job_id
                LEFT JOIN item i ON i.id = t.item_id
                LEFT JOIN draft d ON d.task_id = t.id AND d.worker_id = t.worker_id
                WHERE t.id = :id
                """).param("id", taskId).query((rs, n) -> {
                    String sha = rs.getString("file_sha256");
                    int page = rs.getInt("file_page");
                    Optional<Integer> filePage = rs.wasNull() ? Optional.empty() : Optional.of(page);
                    Optional<TaskView.ItemFile> file = sha == null ? Optional.empty()
                            : Optional.of(new TaskView.ItemFile(sha, rs.getString("file_type"), rs.getString("file_name"), filePage));
                    TaskKind kind = TaskKind.valueOf(rs.getString("kind"));
                    int minutes = rs.getInt("estimated_minutes");
                    Optional<Integer> estimate = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
                    return new TaskView(rs.getLong("id"), rs.getLong("job_id"), rs.getString("job_title"),
                            kind == TaskKind.GOLD ? TaskKind.POOL : kind, TaskStatus.valueOf(rs.getString("status")),
                            JobJson.template(rs.getString("template")), JobJson.values(rs.getString("source")), file,
                            JobJson.values(rs.getString("draft")), rs.getInt("revision"),
                            optionalInstant(rs, "lease_until"), rs.getObject("due_date", LocalDate.class),
                            Optional.ofNullable(rs.getString("review_comment")), Optional.ofNullable(rs.getString("title")),
                            Optional.ofNullable(rs.getString("instructions")), estimate);
                }).optional();
    }

    List<TaskLine> openTasks(long workerId) {
        return jdbc.sql("""
                SELECT t.id, t.job_id, j.title AS job_title, t.kind, t.status, t.due_date, t.lease_until, t.title,
                    EXISTS (SELECT 1 FROM draft d WHERE d.task_id = t.id AND d.worker_id = t.worker_id) AS has_draft,
                    t.review_comment
                FROM task t JOIN job j ON j.id = t.job_id
                WHERE t.worker_id = :w AND t.status IN ('LEASED','RETURNED','OPEN')
                  AND j.status NOT IN ('CANCELLED','CLOSED')
                ORDER BY t.due_date, t.id
                LIMIT 200
                """).param("w", workerId).query((rs, n) -> {
                    TaskKind kind = TaskKind.valueOf(rs.getString("kind"));
                    return new TaskLine(rs.getLong("id"), rs.getLong("job_id"), rs.getString("job_title"),
                            kind == TaskKind.GOLD ? TaskKind.POOL : kind, TaskStatus.valueOf(rs.getString("status")),
                            rs.getObject("due_date", LocalDate.class), optionalInstant(rs, "lease_until"),
                            Optional.ofNullable(rs.getString("title")), rs.getBoolean("has_draft"),
                            Optional.ofNullable(rs.getString("review_comment")));
                }).list();
    }

    List<Tasks.MonthlyWork> approvedIn(long workerId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT s.job_id, j.title, count(*) AS units
                FROM submission s JOIN job j ON j.id = s.job_id
                WHERE s.worker_id = :w AND s.status = 'APPROVED' AND s.reviewed_at >= :from AND s.reviewed_at < :to
                GROUP BY s.job_id, j.title ORDER BY j.title
                """).param("w", workerId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Tasks.MonthlyWork(rs.getLong("job_id"), rs.getString("title"), rs.getLong("units")))
                .list();
    }

    // --- drafts --------------------------------------------------------------------------------

    int saveDraft(long taskId, long workerId, Map<String, String> values, Instant now) {
        return jdbc.sql("""
                INSERT INTO draft (task_id, worker_id, data, saved_at) VALUES (:t, :w, :data::jsonb, :now)
                ON CONFLICT (task_id, worker_id) DO UPDATE
                    SET data = EXCLUDED.data, saved_at = EXCLUDED.saved_at, revision = draft.revision + 1
                RETURNING revision
                """).param("t", taskId).param("w", workerId).param("data", JobJson.values(values))
                .param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    void deleteDraft(long taskId, long workerId) {
        jdbc.sql("DELETE FROM draft WHERE task_id = :t AND worker_id = :w").param("t", taskId).param("w", workerId).update();
    }

    // --- submissions ---------------------------------------------------------------------------

    Optional<Long> submissionByKey(long taskId, String key) {
        return jdbc.sql("SELECT id FROM submission WHERE task_id = :t AND submit_key = :k")
                .param("t", taskId).param("k", key).query(Long.class).optional();
    }

    /** {@code place}: HOME, CENTRE or null (not known). */
    long insertSubmission(TaskRow task, long workerId, String key, Map<String, String> values, Instant now,
            String place) {
        long id = jdbc.sql("""
                INSERT INTO submission (task_id, job_id, item_id, worker_id, contractor_id, submit_key, result,
                                        submitted_at, place)
                VALUES (:t, :job, :item, :w, :c, :k, :result::jsonb, :now, :place)
                RETURNING id
                """).param("t", task.id()).param("job", task.jobId()).param("item", task.itemId().orElse(null))
                .param("w", workerId).param("c", task.contractorId()).param("k", key)
                .param("result", JobJson.values(values)).param("now", Timestamp.from(now))
                .param("place", place, java.sql.Types.VARCHAR)
                .query(Long.class).single();
        jdbc.sql("""
                UPDATE task SET status = 'SUBMITTED', submitted_at = :now, lease_until = NULL, version = version + 1
                WHERE id = :t
                """).param("t", task.id()).param("now", Timestamp.from(now)).update();
        if (task.kind() == TaskKind.POOL) {
            jdbc.sql("""
                    UPDATE item SET results_in = results_in + 1,
                        status = CASE WHEN results_in + 1 >= :overlap THEN 'COMPLETE' ELSE status END
                    WHERE id = :item
                    """).param("item", task.itemId().orElseThrow()).param("overlap", task.overlap()).update();
        }
        return id;
    }

    /** The task's latest submission that is still waiting for review. */
    Optional<Submission> pendingSubmission(long taskId) {
        return jdbc.sql("""
                SELECT id, result::text AS result, submitted_at FROM submission
                WHERE task_id = :t AND status = 'SUBMITTED' ORDER BY id DESC LIMIT 1
                """).param("t", taskId)
                .query((rs, n) -> new Submission(rs.getLong("id"), JobJson.values(rs.getString("result")),
                        rs.getTimestamp("submitted_at").toInstant()))
                .optional();
    }

    record Submission(long id, Map<String, String> result, Instant submittedAt) { }

    void review(long submissionId, long taskId, TaskStatus outcome, String comment, long reviewer, Instant now) {
        jdbc.sql("""
                UPDATE submission SET status = :s, reviewed_by = :r, reviewed_at = :now, comment = :c WHERE id = :id
                """).param("s", outcome.name()).param("r", reviewer).param("now", Timestamp.from(now))
                .param("c", comment).param("id", submissionId).update();
        jdbc.sql("""
                UPDATE task SET status = :s, review_comment = :c, version = version + 1,
                    approved_at = CASE WHEN :s = 'APPROVED' THEN :now ELSE approved_at END
                WHERE id = :id
                """).param("s", outcome.name()).param("c", comment).param("now", Timestamp.from(now))
                .param("id", taskId).update();
    }

    /** A returned or rejected result no longer counts towards its item's overlap. */
    void withdrawResult(long itemId) {
        jdbc.sql("""
                UPDATE item SET results_in = greatest(results_in - 1, 0), status = 'OPEN', final_result = NULL
                WHERE id = :item AND status <> 'APPROVED'
                """).param("item", itemId).update();
    }

    /** A rejected slot goes back to the pool for someone else. */
    void reopenSlot(long taskId) {
        jdbc.sql("""
                INSERT INTO task (job_id, contractor_id, kind, item_id, slot, due_date, status)
                SELECT job_id, contractor_id, 'POOL', item_id, slot, due_date, 'OPEN' FROM task WHERE id = :id
                """).param("id", taskId).update();
    }

    /** After an approval: the item is approved once every live pool task of it is. */
    void approveItemWhenDone(long itemId, int overlap, Map<String, String> singleResult) {
        jdbc.sql("""
                UPDATE item SET status = 'APPROVED',
                    final_result = COALESCE(final_result, CASE WHEN :overlap = 1 THEN :result::jsonb END)
                WHERE id = :item AND status IN ('COMPLETE','CHECKED')
                  AND NOT EXISTS (SELECT 1 FROM task t WHERE t.item_id = :item AND t.kind = 'POOL'
                                  AND t.status NOT IN ('APPROVED','REJECTED','CANCELLED'))
                """).param("item", itemId).param("overlap", overlap).param("result", JobJson.values(singleResult))
                .update();
    }

    ItemResults itemResults(long itemId) {
        record Head(long jobId, long batchId, String template, int overlap, String gold) { }
        Head head = jdbc.sql("""
                SELECT i.job_id, i.batch_id, j.template::text AS template, j.overlap, i.gold_answer::text AS gold
                FROM item i JOIN job j ON j.id = i.job_id WHERE i.id = :item
                """).param("item", itemId).query((rs, n) -> new Head(rs.getLong("job_id"), rs.getLong("batch_id"),
                        rs.getString("template"), rs.getInt("overlap"), rs.getString("gold")))
                .optional().orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        List<ItemResults.Result> results = jdbc.sql("""
                SELECT s.task_id, s.id, s.worker_id, t.kind, s.result::text AS result
                FROM submission s JOIN task t ON t.id = s.task_id
                WHERE s.item_id = :item AND s.status IN ('SUBMITTED','APPROVED')
                ORDER BY s.id
                """).param("item", itemId).query((rs, n) -> new ItemResults.Result(rs.getLong("task_id"), rs.getLong("id"),
                        rs.getLong("worker_id"), TaskKind.valueOf(rs.getString("kind")), JobJson.values(rs.getString("result"))))
                .list();
        return new ItemResults(itemId, head.jobId(), head.batchId(), JobJson.template(head.template()), head.overlap(),
                Optional.ofNullable(head.gold()).map(JobJson::values), results);
    }

    List<ItemInReview> itemsInReview(long jobId, long onlyBatch) {
        record Row(long itemId, long batchId, String batchName, long seq, ItemStatus status, String finalResult,
                ItemResults.Result result) { }
        List<Row> rows = jdbc.sql("""
                SELECT i.id AS item_id, i.batch_id, b.name AS batch_name, i.seq, i.status,
                    i.final_result::text AS final_result, s.task_id, s.id AS submission_id, s.worker_id, t.kind,
                    s.result::text AS result
                FROM item i
                JOIN batch b ON b.id = i.batch_id
                JOIN task t ON t.item_id = i.id AND t.kind = 'POOL' AND t.status = 'SUBMITTED'
                JOIN submission s ON s.task_id = t.id AND s.status = 'SUBMITTED'
                WHERE i.job_id = :job AND (:batch = 0 OR i.batch_id = :batch)
                  AND i.status IN ('COMPLETE','ADJUDICATION','CHECKED')
                ORDER BY i.batch_id, i.seq, s.id
                """).param("job", jobId).param("batch", onlyBatch)
                .query((rs, n) -> new Row(rs.getLong("item_id"), rs.getLong("batch_id"), rs.getString("batch_name"),
                        rs.getLong("seq"), ItemStatus.valueOf(rs.getString("status")), rs.getString("final_result"),
                        new ItemResults.Result(rs.getLong("task_id"), rs.getLong("submission_id"), rs.getLong("worker_id"),
                                TaskKind.valueOf(rs.getString("kind")), JobJson.values(rs.getString("result")))))
                .list();
        Map<Long, List<Row>> byItem = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byItem.computeIfAbsent(r.itemId(), k -> new java.util.ArrayList<>()).add(r));
        return byItem.values().stream().map(group -> {
            Row head = group.get(0);
            return new ItemInReview(head.itemId(), head.batchId(), head.batchName(), head.seq(), head.status(),
                    Optional.ofNullable(head.finalResult()).map(JobJson::values),
                    group.stream().map(Row::result).toList());
        }).toList();
    }

    Optional<TaskInfo> info(long taskId) {
        return jdbc.sql("SELECT id, job_id, item_id, worker_id, kind, status FROM task WHERE id = :t")
                .param("t", taskId)
                .query((rs, n) -> new TaskInfo(rs.getLong("id"), rs.getLong("job_id"),
                        Optional.ofNullable((Long) rs.getObject("item_id", Long.class)),
                        Optional.ofNullable((Long) rs.getObject("worker_id", Long.class)),
                        TaskKind.valueOf(rs.getString("kind")), TaskStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    void settleItem(long itemId, Map<String, String> values) {
        jdbc.sql("UPDATE item SET status = 'CHECKED', final_result = :v::jsonb WHERE id = :item AND status <> 'APPROVED'")
                .param("item", itemId).param("v", JobJson.values(values)).update();
    }

    void markAdjudication(long itemId) {
        jdbc.sql("UPDATE item SET status = 'ADJUDICATION' WHERE id = :item AND status = 'COMPLETE'")
                .param("item", itemId).update();
    }

    long assign(long jobId, long workerId, String title, String instructions, LocalDate due, int minutes) {
        return jdbc.sql("""
                INSERT INTO task (job_id, contractor_id, kind, due_date, status, worker_id, title, instructions,
                    estimated_minutes, terms_accepted)
                SELECT id, contractor_id, 'ASSIGNED', :due, 'OPEN', :w, :title, :instructions, :minutes, false
                FROM job WHERE id = :job
                RETURNING id
                """).param("job", jobId).param("w", workerId).param("title", title).param("instructions", instructions)
                .param("due", due).param("minutes", minutes).query(Long.class).single();
    }

    /** The first claim or assignment puts an OPEN job in progress. */
    void startWork(long jobId) {
        jdbc.sql("""
                WITH started AS (
                    UPDATE job SET status = 'IN_PROGRESS', version = version + 1, updated_at = now()
                    WHERE id = :id AND status = 'OPEN'
                    RETURNING id, contractor_id
                )
                INSERT INTO job_status_history (job_id, contractor_id, from_status, to_status)
                SELECT id, contractor_id, 'OPEN', 'IN_PROGRESS' FROM started
                """).param("id", jobId).update();
    }

    private static ClaimedTask claimed(ResultSet rs, int n) throws SQLException {
        TaskKind kind = TaskKind.valueOf(rs.getString("kind"));
        return new ClaimedTask(rs.getLong("id"), rs.getLong("job_id"), optionalLong(rs, "item_id"),
                kind == TaskKind.GOLD ? TaskKind.POOL : kind, rs.getTimestamp("lease_until").toInstant());
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }
}
