package jp.hataraku.jobs.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.Confidentiality;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for jobs, their status history, teams and the quality scores claim-next reads. */
@Repository
class JobRepository {

    private static final String COLUMNS = """
            id, contractor_id, client_id, title, work_kind, mode, description, deliverable_format, due_date,
            price_model, client_unit_price, reward_rule::text AS reward_rule, qualifications, confidentiality,
            template::text AS template, overlap, gold_rate_percent, lease_minutes, quality_threshold, daily_cap,
            aql, director_account_id, status, version
            """;

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(JobDetails d) {
        return jdbc.sql("""
                INSERT INTO job (contractor_id, client_id, title, work_kind, mode, description, deliverable_format,
                    due_date, price_model, client_unit_price, reward_rule, qualifications, confidentiality, template,
                    overlap, gold_rate_percent, lease_minutes, quality_threshold, daily_cap, aql,
                    director_account_id, status)
                VALUES (:contractor, :client, :title, :kind, :mode, :description, :format, :due, :price, :unitPrice,
                    :reward::jsonb, COALESCE(string_to_array(:quals, E'\\n'), '{}'), :conf, :template::jsonb, :overlap, :gold,
                    :lease, :threshold, :cap, :aql, :director, 'DRAFT')
                RETURNING id
                """).paramSource(params(d)).query(Long.class).single();
    }

    /** Replaces the details when the version matches; false when someone else changed it first. */
    boolean update(long id, int version, JobDetails d) {
        var p = params(d);
        p.put("id", id);
        p.put("version", version);
        return jdbc.sql("""
                UPDATE job SET client_id = :client, title = :title, work_kind = :kind, mode = :mode,
                    description = :description, deliverable_format = :format, due_date = :due, price_model = :price,
                    client_unit_price = :unitPrice, reward_rule = :reward::jsonb,
                    qualifications = COALESCE(string_to_array(:quals, E'\\n'), '{}'), confidentiality = :conf,
                    template = :template::jsonb, overlap = :overlap, gold_rate_percent = :gold, lease_minutes = :lease,
                    quality_threshold = :threshold, daily_cap = :cap, aql = :aql, director_account_id = :director,
                    version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).paramSource(p).update() == 1;
    }

    private static java.util.Map<String, Object> params(JobDetails d) {
        var p = new java.util.HashMap<String, Object>();
        p.put("contractor", d.contractorId());
        p.put("client", d.clientId());
        p.put("title", d.title().strip());
        p.put("kind", d.workKind().name());
        p.put("mode", d.mode().name());
        p.put("description", d.description());
        p.put("format", d.deliverableFormat());
        p.put("due", d.dueDate());
        p.put("price", d.priceModel().name());
        p.put("unitPrice", d.clientUnitPrice());
        p.put("reward", JobJson.reward(d.reward()));
        p.put("quals", d.qualifications().isEmpty() ? null : String.join("\n", d.qualifications()));
        p.put("conf", d.confidentiality().name());
        p.put("template", JobJson.template(d.template()));
        p.put("overlap", d.overlap());
        p.put("gold", d.goldRatePercent());
        p.put("lease", d.leaseMinutes());
        p.put("threshold", d.qualityThreshold());
        p.put("cap", d.dailyCap().orElse(null));
        p.put("aql", d.aql().orElse(null));
        p.put("director", d.directorAccountId().orElse(null));
        return p;
    }

    Optional<JobSummary> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = :id").param("id", id).query(JobRepository::map).optional();
    }

    Optional<JobSummary> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = :id FOR UPDATE").param("id", id)
                .query(JobRepository::map).optional();
    }

    List<JobSummary> listForContractor(long contractorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE contractor_id = :c ORDER BY due_date, id")
                .param("c", contractorId).query(JobRepository::map).list();
    }

    List<JobSummary> listForClient(long clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE client_id = :c AND status <> 'DRAFT' ORDER BY due_date, id")
                .param("c", clientId).query(JobRepository::map).list();
    }

    List<JobSummary> listForWorker(long workerId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM job WHERE id IN (SELECT job_id FROM team_member WHERE worker_id = :w AND active)
                AND status NOT IN ('DRAFT','CANCELLED','CLOSED') ORDER BY due_date, id
                """).param("w", workerId).query(JobRepository::map).list();
    }

    void setStatus(long id, JobStatus from, JobStatus to, Long actorId, Long contractId, Long ndaId) {
        jdbc.sql("""
                UPDATE job SET status = :to, version = version + 1, updated_at = now(),
                    service_contract_id = COALESCE(:contract, service_contract_id), nda_id = COALESCE(:nda, nda_id)
                WHERE id = :id
                """).param("to", to.name()).param("id", id).param("contract", contractId).param("nda", ndaId).update();
        jdbc.sql("""
                INSERT INTO job_status_history (job_id, contractor_id, from_status, to_status, actor_id)
                SELECT id, contractor_id, :from, :to, :actor FROM job WHERE id = :id
                """).param("id", id).param("from", from.name()).param("to", to.name()).param("actor", actorId).update();
    }

    /** Adds (or re-activates) a member; false when they are already an active member. */
    boolean addMember(long jobId, long contractorId, long workerId) {
        return jdbc.sql("""
                INSERT INTO team_member (job_id, worker_id, contractor_id, terms_accepted) VALUES (:job, :w, :c, false)
                ON CONFLICT (job_id, worker_id) DO UPDATE SET active = true, left_at = NULL, left_reason = NULL,
                    joined_at = now(), terms_accepted = false
                WHERE NOT team_member.active
                """).param("job", jobId).param("w", workerId).param("c", contractorId).update() == 1;
    }

    boolean deactivateMember(long jobId, long workerId, String reason) {
        return jdbc.sql("""
                UPDATE team_member SET active = false, left_at = now(), left_reason = :reason
                WHERE job_id = :job AND worker_id = :w AND active
                """).param("job", jobId).param("w", workerId).param("reason", reason).update() == 1;
    }

    /** A worker stopped being ACTIVE: every membership pauses until they are ACTIVE again. */
    int deactivateAll(long workerId) {
        return jdbc.sql("""
                UPDATE team_member SET active = false, left_at = now(), left_reason = 'STATUS'
                WHERE worker_id = :w AND active
                """).param("w", workerId).update();
    }

    int reactivateAfterStatus(long workerId) {
        return jdbc.sql("""
                UPDATE team_member SET active = true, left_at = NULL, left_reason = NULL
                WHERE worker_id = :w AND NOT active AND left_reason = 'STATUS'
                """).param("w", workerId).update();
    }

    boolean isMember(long jobId, long workerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM team_member WHERE job_id = :job AND worker_id = :w AND active)")
                .param("job", jobId).param("w", workerId).query(Boolean.class).single();
    }

    /** Empty when the worker is not an active member; otherwise whether they accepted the job's terms. */
    Optional<Boolean> membership(long jobId, long workerId) {
        return jdbc.sql("SELECT terms_accepted FROM team_member WHERE job_id = :job AND worker_id = :w AND active")
                .param("job", jobId).param("w", workerId).query(Boolean.class).optional();
    }

    boolean setTermsAccepted(long jobId, long workerId, boolean accepted) {
        return jdbc.sql("""
                UPDATE team_member SET terms_accepted = :a
                WHERE job_id = :job AND worker_id = :w AND terms_accepted <> :a
                """).param("a", accepted).param("job", jobId).param("w", workerId).update() == 1;
    }

    boolean setAssignmentTermsAccepted(long taskId, long workerId, boolean accepted) {
        return jdbc.sql("""
                UPDATE task SET terms_accepted = :a
                WHERE id = :task AND worker_id = :w AND kind = 'ASSIGNED' AND terms_accepted <> :a
                """).param("a", accepted).param("task", taskId).param("w", workerId).update() == 1;
    }

    List<JobSummary> awaitingTerms(long workerId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM job WHERE status NOT IN ('DRAFT','CANCELLED','CLOSED') AND (
                    id IN (SELECT job_id FROM team_member WHERE worker_id = :w AND active AND NOT terms_accepted)
                    OR id IN (SELECT t.job_id FROM task t JOIN team_member m ON m.job_id = t.job_id AND m.worker_id = t.worker_id
                              WHERE t.worker_id = :w AND t.kind = 'ASSIGNED' AND NOT t.terms_accepted AND m.active
                                AND t.status IN ('OPEN','RETURNED')))
                ORDER BY due_date, id
                """).param("w", workerId).query(JobRepository::map).list();
    }

    /**
     * The median seconds per approved unit: approved pool and gold tasks from lease to hand-in, with
     * a returned task's rework from its return to the next hand-in (not the review wait),
     * approved assigned tasks by the sum of their approved time logs.
     */
    Optional<jp.hataraku.jobs.UnitTime> unitTime(long jobId) {
        return jdbc.sql("""
                WITH units AS (
                    SELECT w.secs
                    FROM task t JOIN submission s ON s.task_id = t.id AND s.status = 'APPROVED'
                    CROSS JOIN LATERAL (""" + JobFigures.TASK_SECONDS + """
                    ) w
                    WHERE t.job_id = :job AND t.kind IN ('POOL', 'GOLD') AND t.status = 'APPROVED' AND t.leased_at IS NOT NULL
                    UNION ALL
                    SELECT sum(l.minutes) * 60 AS secs
                    FROM time_log l JOIN task t ON t.id = l.task_id
                    WHERE l.job_id = :job AND l.status = 'APPROVED' AND t.kind = 'ASSIGNED' AND t.status = 'APPROVED'
                    GROUP BY l.task_id
                )
                SELECT count(*) AS units,
                       round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS numeric), 3) AS median
                FROM units WHERE secs > 0
                """).param("job", jobId)
                .query((rs, n) -> rs.getLong("units") == 0 ? Optional.<jp.hataraku.jobs.UnitTime>empty()
                        : Optional.of(new jp.hataraku.jobs.UnitTime(rs.getLong("units"), rs.getBigDecimal("median"))))
                .single();
    }

    List<Long> members(long jobId) {
        return jdbc.sql("SELECT worker_id FROM team_member WHERE job_id = :job AND active ORDER BY joined_at, worker_id")
                .param("job", jobId).query(Long.class).list();
    }

    void recordQualityScore(long workerId, WorkKind kind, int score) {
        jdbc.sql("""
                INSERT INTO worker_quality (worker_id, work_kind, score) VALUES (:w, :k, :s)
                ON CONFLICT (worker_id, work_kind) DO UPDATE SET score = EXCLUDED.score, updated_at = now()
                """).param("w", workerId).param("k", kind.name()).param("s", score).update();
    }

    static JobSummary map(ResultSet rs, int row) throws SQLException {
        int cap = rs.getInt("daily_cap");
        Optional<Integer> dailyCap = rs.wasNull() ? Optional.empty() : Optional.of(cap);
        long director = rs.getLong("director_account_id");
        Optional<Long> directorId = rs.wasNull() ? Optional.empty() : Optional.of(director);
        JobDetails details = new JobDetails(rs.getLong("contractor_id"), rs.getLong("client_id"), rs.getString("title"),
                WorkKind.valueOf(rs.getString("work_kind")), JobMode.valueOf(rs.getString("mode")),
                rs.getString("description"), rs.getString("deliverable_format"),
                rs.getObject("due_date", java.time.LocalDate.class), PriceModel.valueOf(rs.getString("price_model")),
                rs.getLong("client_unit_price"), JobJson.reward(rs.getString("reward_rule")),
                strings(rs.getArray("qualifications")), Confidentiality.valueOf(rs.getString("confidentiality")),
                JobJson.template(rs.getString("template")), rs.getInt("overlap"), rs.getInt("gold_rate_percent"),
                rs.getInt("lease_minutes"), rs.getInt("quality_threshold"), dailyCap,
                Optional.ofNullable(rs.getString("aql")), directorId);
        return new JobSummary(rs.getLong("id"), details, JobStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }

    private static java.util.Set<String> strings(Array array) throws SQLException {
        return array == null ? java.util.Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
