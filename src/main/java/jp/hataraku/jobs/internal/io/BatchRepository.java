package jp.hataraku.jobs.internal.io;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The batch table as imports see it: creation, progress counters and the end state. */
@Repository
public class BatchRepository {

    private final JdbcClient jdbc;

    BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch's progress as pages and the API show it. */
    public record BatchProgress(long id, long jobId, long contractorId, String name, String source, String status,
            long rowsTotal, long rowsImported, long rowsRefused, Instant createdAt) {

        /** Whole percent of the rows dealt with (imported or refused). */
        public int percent() {
            if (!"IMPORTING".equals(status)) {
                return 100;
            }
            long toDo = rowsTotal - rowsRefused;
            return toDo <= 0 ? 100 : (int) Math.min(100, rowsImported * 100 / toDo);
        }

        public boolean isDone() {
            return !"IMPORTING".equals(status);
        }
    }

    public long create(long jobId, long contractorId, String name, String source, List<String> columns, long rowsTotal,
            long rowsRefused, Optional<Long> createdBy) {
        return jdbc.sql("""
                INSERT INTO batch (job_id, contractor_id, name, source, status, columns, rows_total, rows_refused, created_by)
                VALUES (:job, :contractor, :name, :source, 'IMPORTING', string_to_array(:columns, chr(31)), :total, :refused, :by)
                RETURNING id
                """)
                .param("job", jobId).param("contractor", contractorId).param("name", name).param("source", source)
                .param("columns", String.join("\u001f", columns)).param("total", rowsTotal).param("refused", rowsRefused)
                .param("by", createdBy.orElse(null))
                .query(Long.class).single();
    }

    public void progress(long batchId, long imported) {
        jdbc.sql("UPDATE batch SET rows_imported = :n WHERE id = :id AND status = 'IMPORTING'")
                .param("n", imported).param("id", batchId).update();
    }

    public void ready(long batchId, long imported) {
        jdbc.sql("UPDATE batch SET status = 'READY', rows_imported = :n WHERE id = :id")
                .param("n", imported).param("id", batchId).update();
    }

    /** Failed: the import's rows were rolled back, so nothing of it counts as imported. */
    public void failed(long batchId) {
        jdbc.sql("UPDATE batch SET status = 'FAILED', rows_imported = 0 WHERE id = :id")
                .param("id", batchId).update();
    }

    /** At start-up: imports that were running when the last instance stopped did not finish. */
    public int failAbandoned() {
        return jdbc.sql("UPDATE batch SET status = 'FAILED', rows_imported = 0 WHERE status = 'IMPORTING'").update();
    }

    public Optional<BatchProgress> find(long batchId) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", batchId).query(BatchRepository::map).optional();
    }

    public List<BatchProgress> forJob(long jobId) {
        return jdbc.sql(SELECT + " WHERE job_id = :job ORDER BY id DESC").param("job", jobId)
                .query(BatchRepository::map).list();
    }

    private static final String SELECT = """
            SELECT id, job_id, contractor_id, name, source, status, rows_total, rows_imported, rows_refused, created_at
            FROM batch""";

    private static BatchProgress map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BatchProgress(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("contractor_id"), rs.getString("name"),
                rs.getString("source"), rs.getString("status"), rs.getLong("rows_total"), rs.getLong("rows_imported"),
                rs.getLong("rows_refused"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static List<String> columns(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
