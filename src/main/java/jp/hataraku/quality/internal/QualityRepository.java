package jp.hataraku.quality.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.quality.FieldNormalisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for field settings, comparisons, adjudications and gold scores (the quality module's tables only). */
@Repository
class QualityRepository {

    private final JdbcClient jdbc;

    QualityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- field settings ------------------------------------------------------------------------

    Map<String, Set<FieldNormalisation>> fieldSettings(long jobId) {
        Map<String, Set<FieldNormalisation>> settings = new LinkedHashMap<>();
        jdbc.sql("SELECT field_name, normalisation FROM quality_field_setting WHERE job_id = :j ORDER BY field_name")
                .param("j", jobId).query(rs -> {
                    Set<FieldNormalisation> flags = EnumSet.noneOf(FieldNormalisation.class);
                    for (String s : strings(rs.getArray("normalisation"))) {
                        flags.add(FieldNormalisation.valueOf(s));
                    }
                    settings.put(rs.getString("field_name"), flags);
                });
        return settings;
    }

    void saveFieldSetting(long jobId, long contractorId, String field, Set<FieldNormalisation> flags) {
        jdbc.sql("""
                INSERT INTO quality_field_setting (job_id, field_name, contractor_id, normalisation)
                VALUES (:j, :f, :c, string_to_array(:n, ','))
                ON CONFLICT (job_id, field_name) DO UPDATE SET normalisation = EXCLUDED.normalisation
                """).param("j", jobId).param("f", field).param("c", contractorId)
                .param("n", String.join(",", flags.stream().map(Enum::name).toList())).update();
    }

    void deleteFieldSetting(long jobId, String field) {
        jdbc.sql("DELETE FROM quality_field_setting WHERE job_id = :j AND field_name = :f")
                .param("j", jobId).param("f", field).update();
    }

    // --- comparisons and adjudications ---------------------------------------------------------

    /** Records a comparison; empty when these very submissions were compared before (a repeated event). */
    Optional<Long> insertComparison(long jobId, long contractorId, long batchId, long itemId, String submissionIds,
            String results, int compared, int agreed, boolean itemAgreed) {
        return jdbc.sql("""
                INSERT INTO quality_comparison (job_id, contractor_id, batch_id, item_id, submission_ids, results,
                    fields_compared, fields_agreed, agreed)
                VALUES (:j, :c, :b, :i, :s, :r::jsonb, :fc, :fa, :ok)
                ON CONFLICT (item_id, submission_ids) DO NOTHING
                RETURNING id
                """).param("j", jobId).param("c", contractorId).param("b", batchId).param("i", itemId)
                .param("s", submissionIds).param("r", results).param("fc", compared).param("fa", agreed)
                .param("ok", itemAgreed).query(Long.class).optional();
    }

    void insertAdjudication(long comparisonId, long jobId, long contractorId, long batchId, long itemId,
            List<String> fields) {
        jdbc.sql("""
                INSERT INTO quality_adjudication (comparison_id, job_id, contractor_id, batch_id, item_id, fields)
                VALUES (:cmp, :j, :c, :b, :i, string_to_array(:f, ','))
                ON CONFLICT DO NOTHING
                """).param("cmp", comparisonId).param("j", jobId).param("c", contractorId).param("b", batchId)
                .param("i", itemId).param("f", String.join(",", fields)).update();
    }

    record Adjudication(long id, long jobId, long batchId, long itemId, List<String> fields, String status) { }

    List<Adjudication> openAdjudications(long jobId) {
        return jdbc.sql("""
                SELECT id, job_id, batch_id, item_id, fields, status FROM quality_adjudication
                WHERE job_id = :j AND status = 'OPEN' ORDER BY batch_id, item_id
                """).param("j", jobId).query((rs, n) -> adjudication(rs)).list();
    }

    Optional<Adjudication> openAdjudication(long itemId, boolean lock) {
        return jdbc.sql("SELECT id, job_id, batch_id, item_id, fields, status FROM quality_adjudication "
                        + "WHERE item_id = :i AND status = 'OPEN'" + (lock ? " FOR UPDATE" : ""))
                .param("i", itemId).query((rs, n) -> adjudication(rs)).optional();
    }

    void decideAdjudication(long id, String finalValues, long decidedBy) {
        jdbc.sql("""
                UPDATE quality_adjudication SET status = 'DECIDED', final_values = :v::jsonb, decided_by = :by,
                    decided_at = now()
                WHERE id = :id
                """).param("id", id).param("v", finalValues).param("by", decidedBy).update();
    }

    long openAdjudicationCount(long jobId) {
        return jdbc.sql("SELECT count(*) FROM quality_adjudication WHERE job_id = :j AND status = 'OPEN'")
                .param("j", jobId).query(Long.class).single();
    }

    private static Adjudication adjudication(java.sql.ResultSet rs) throws SQLException {
        return new Adjudication(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("batch_id"), rs.getLong("item_id"),
                strings(rs.getArray("fields")), rs.getString("status"));
    }

    /** Each comparison's stored results, for κ. */
    List<String> comparisonResults(long jobId) {
        return jdbc.sql("SELECT results::text FROM quality_comparison WHERE job_id = :j ORDER BY id")
                .param("j", jobId).query(String.class).list();
    }

    record FieldCounts(long agreed, long compared) { }

    FieldCounts agreement(long jobId) {
        return jdbc.sql("""
                SELECT COALESCE(sum(fields_agreed), 0) AS a, COALESCE(sum(fields_compared), 0) AS c
                FROM quality_comparison WHERE job_id = :j
                """).param("j", jobId).query((rs, n) -> new FieldCounts(rs.getLong("a"), rs.getLong("c"))).single();
    }

    // --- gold ----------------------------------------------------------------------------------

    /** Records a gold task's score; false when this submission was scored before. */
    boolean insertGoldScore(long submissionId, long taskId, long jobId, long contractorId, long itemId, long workerId,
            String workKind, int scored, int correct, List<String> wrongFields) {
        return jdbc.sql("""
                INSERT INTO quality_gold_score (submission_id, task_id, job_id, contractor_id, item_id, worker_id,
                    work_kind, scored, correct, wrong_fields)
                VALUES (:s, :t, :j, :c, :i, :w, :k, :scored, :correct, string_to_array(:wrong, ','))
                ON CONFLICT (submission_id) DO NOTHING
                """).param("s", submissionId).param("t", taskId).param("j", jobId).param("c", contractorId)
                .param("i", itemId).param("w", workerId).param("k", workKind).param("scored", scored)
                .param("correct", correct).param("wrong", String.join(",", wrongFields)).update() == 1;
    }

    record GoldByWorker(long workerId, long tasks, long correct, long fieldsScored, long fieldsCorrect) { }

    List<GoldByWorker> goldByWorker(long jobId) {
        return jdbc.sql("""
                SELECT worker_id, count(*) FILTER (WHERE scored > 0) AS tasks,
                    count(*) FILTER (WHERE scored > 0 AND correct = scored) AS correct,
                    COALESCE(sum(scored), 0) AS fs, COALESCE(sum(correct), 0) AS fc
                FROM quality_gold_score WHERE job_id = :j GROUP BY worker_id ORDER BY worker_id
                """).param("j", jobId).query((rs, n) -> new GoldByWorker(rs.getLong("worker_id"), rs.getLong("tasks"),
                        rs.getLong("correct"), rs.getLong("fs"), rs.getLong("fc"))).list();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).filter(s -> !s.isEmpty()).toList();
    }
}
