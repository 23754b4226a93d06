package jp.hataraku.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for acceptance sampling rounds of a batch and their sampled items. */
@Repository
class SamplingRepository {

    private final JdbcClient jdbc;

    SamplingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Sampling(long id, long jobId, long batchId, List<Long> lot, String aql, String codeLetter, int sampleSize,
            int acceptNumber, int rejectNumber, long seed, String status, Integer defects) {

        public boolean open() {
            return status.equals("OPEN");
        }
    }

    record SampleItem(long itemId, Optional<String> verdict, Optional<String> comment) { }

    /** Inserts a round; empty when the batch already has an open one (two inspectors drew at once). */
    Optional<Long> insert(long jobId, long contractorId, long batchId, List<Long> lot, String aql, String codeLetter,
            int sampleSize, int ac, int re, long seed, long createdBy, List<Long> sample) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO quality_sampling (job_id, contractor_id, batch_id, lot_item_ids, aql, code_letter,
                    sample_size, accept_number, reject_number, seed, created_by)
                VALUES (:j, :c, :b, string_to_array(:lot, ',')::bigint[], :aql, :cl, :n, :ac, :re, :seed, :by)
                ON CONFLICT DO NOTHING
                RETURNING id
                """).param("j", jobId).param("c", contractorId).param("b", batchId)
                .param("lot", String.join(",", lot.stream().map(String::valueOf).toList())).param("aql", aql)
                .param("cl", codeLetter).param("n", sampleSize).param("ac", ac).param("re", re).param("seed", seed)
                .param("by", createdBy).query(Long.class).optional();
        id.ifPresent(s -> sample.forEach(item -> jdbc.sql(
                "INSERT INTO quality_sample_item (sampling_id, item_id) VALUES (:s, :i)")
                .param("s", s).param("i", item).update()));
        return id;
    }

    Optional<Sampling> latest(long batchId, boolean lock) {
        return jdbc.sql("""
                SELECT id, job_id, batch_id, lot_item_ids, aql, code_letter, sample_size, accept_number, reject_number,
                    seed, status, defects
                FROM quality_sampling WHERE batch_id = :b ORDER BY id DESC LIMIT 1
                """ + (lock ? " FOR UPDATE" : "")).param("b", batchId).query((rs, n) -> sampling(rs)).optional();
    }

    List<Sampling> forJob(long jobId) {
        return jdbc.sql("""
                SELECT DISTINCT ON (batch_id) id, job_id, batch_id, lot_item_ids, aql, code_letter, sample_size,
                    accept_number, reject_number, seed, status, defects
                FROM quality_sampling WHERE job_id = :j ORDER BY batch_id, id DESC
                """).param("j", jobId).query((rs, n) -> sampling(rs)).list();
    }

    List<SampleItem> items(long samplingId) {
        return jdbc.sql("SELECT item_id, verdict, comment FROM quality_sample_item WHERE sampling_id = :s ORDER BY item_id")
                .param("s", samplingId).query((rs, n) -> new SampleItem(rs.getLong("item_id"),
                        Optional.ofNullable(rs.getString("verdict")), Optional.ofNullable(rs.getString("comment"))))
                .list();
    }

    void mark(long samplingId, long itemId, String verdict, String comment) {
        jdbc.sql("UPDATE quality_sample_item SET verdict = :v, comment = :c WHERE sampling_id = :s AND item_id = :i")
                .param("v", verdict).param("c", comment).param("s", samplingId).param("i", itemId).update();
    }

    void decide(long samplingId, String status, int defects, long decidedBy) {
        jdbc.sql("""
                UPDATE quality_sampling SET status = :st, defects = :d, decided_by = :by, decided_at = now() WHERE id = :s
                """).param("st", status).param("d", defects).param("by", decidedBy).param("s", samplingId).update();
    }

    private static Sampling sampling(ResultSet rs) throws SQLException {
        Long[] lot = (Long[]) rs.getArray("lot_item_ids").getArray();
        return new Sampling(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("batch_id"), Arrays.asList(lot),
                rs.getString("aql"), rs.getString("code_letter"), rs.getInt("sample_size"), rs.getInt("accept_number"),
                rs.getInt("reject_number"), rs.getLong("seed"), rs.getString("status"),
                (Integer) rs.getObject("defects", Integer.class));
    }
}
