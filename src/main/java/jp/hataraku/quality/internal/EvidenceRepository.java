package jp.hataraku.quality.internal;

import jp.hataraku.quality.QualityEvidence;
import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the evidence behind quality scores and the inspections behind a job's error rate. */
@Repository
class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one observation; all zero but the ones it is about. */
    record Counts(int goldScored, int goldCorrect, int tasksReviewed, int tasksReturned, int fieldsCompared,
            int fieldsAgreed) {

        static Counts gold(boolean scored, boolean correct) {
            return new Counts(scored ? 1 : 0, scored && correct ? 1 : 0, 0, 0, 0, 0);
        }

        static Counts review(boolean returned) {
            return new Counts(0, 0, 1, returned ? 1 : 0, 0, 0);
        }

        static Counts fields(int compared, int agreed) {
            return new Counts(0, 0, 0, 0, compared, agreed);
        }
    }

    /** Adds an observation once: false when {@code sourceKey} was recorded before. */
    boolean insert(String sourceKey, long jobId, long contractorId, long workerId, WorkKind kind, Counts c) {
        return jdbc.sql("""
                INSERT INTO quality_evidence (source_key, job_id, contractor_id, worker_id, work_kind, gold_scored,
                    gold_correct, tasks_reviewed, tasks_returned, fields_compared, fields_agreed)
                VALUES (:key, :j, :c, :w, :k, :gs, :gc, :tv, :tr, :fc, :fa)
                ON CONFLICT (source_key) DO NOTHING
                """).param("key", sourceKey).param("j", jobId).param("c", contractorId).param("w", workerId)
                .param("k", kind.name()).param("gs", c.goldScored()).param("gc", c.goldCorrect())
                .param("tv", c.tasksReviewed()).param("tr", c.tasksReturned()).param("fc", c.fieldsCompared())
                .param("fa", c.fieldsAgreed()).update() == 1;
    }

    QualityEvidence evidence(long workerId, WorkKind kind) {
        return jdbc.sql("""
                SELECT COALESCE(sum(gold_correct), 0) AS gc, COALESCE(sum(gold_scored), 0) AS gs,
                    COALESCE(sum(tasks_returned), 0) AS tr, COALESCE(sum(tasks_reviewed), 0) AS tv,
                    COALESCE(sum(fields_agreed), 0) AS fa, COALESCE(sum(fields_compared), 0) AS fc
                FROM quality_evidence WHERE worker_id = :w AND work_kind = :k
                """).param("w", workerId).param("k", kind.name())
                .query((rs, n) -> QualityEvidence.of(rs.getLong("gc"), rs.getLong("gs"), rs.getLong("tr"),
                        rs.getLong("tv"), rs.getLong("fa"), rs.getLong("fc")))
                .single();
    }

    /** An item (or task) someone inspected; returns its id. */
    long inspection(long jobId, long contractorId, Long batchId, Long itemId, Long taskId, String via, String action,
            boolean defective, String comment, long inspector) {
        return jdbc.sql("""
                INSERT INTO quality_inspection (job_id, contractor_id, batch_id, item_id, task_id, via, action, defective,
                    comment, inspector)
                VALUES (:j, :c, :b, :i, :t, :via, :a, :d, :comment, :by)
                RETURNING id
                """).param("j", jobId).param("c", contractorId).param("b", batchId).param("i", itemId)
                .param("t", taskId).param("via", via).param("a", action).param("d", defective)
                .param("comment", comment).param("by", inspector).query(Long.class).single();
    }

    record ErrorCounts(long defective, long inspected) { }

    ErrorCounts errors(long jobId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE defective) AS d, count(*) AS n FROM quality_inspection WHERE job_id = :j
                """).param("j", jobId).query((rs, n) -> new ErrorCounts(rs.getLong("d"), rs.getLong("n"))).single();
    }
}
