package jp.hataraku.jobs.internal.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a delivery holds and keeps the delivery table. Results are the item's
 * {@code final_result}, or — overlap 1 with no final result — its one approved submission's result.
 * Gold items are never delivered. Rows are streamed with a cursor (the caller's transaction).
 */
@Repository
public class DeliveryRepository {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    DeliveryRepository(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
        this.json = json;
    }

    /** A recorded delivery. */
    public record Delivery(long id, long jobId, long contractorId, String format, int itemCount,
            Optional<String> fileSha256, LocalDate deliveredOn, Optional<Long> deliveredBy, String status,
            Optional<LocalDate> decidedOn, Optional<Long> decidedBy, Optional<String> note) {
    }

    /** The source columns of the job's batches, in the order they first appear. */
    public List<String> sourceColumns(long jobId) {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        jdbc.sql("SELECT columns FROM batch WHERE job_id = :job AND status = 'READY' ORDER BY id").param("job", jobId)
                .query((ResultSet rs) -> {
                    java.sql.Array a = rs.getArray(1);
                    if (a != null) {
                        columns.addAll(List.of((String[]) a.getArray()));
                    }
                });
        return new ArrayList<>(columns);
    }

    private static final String APPROVED = """
            SELECT i.seq, i.source::text AS source,
                   coalesce(i.final_result,
                            CASE WHEN j.overlap = 1 THEN
                                (SELECT s.result FROM submission s
                                 WHERE s.item_id = i.id AND s.status = 'APPROVED' ORDER BY s.id DESC LIMIT 1)
                            END)::text AS result
            FROM item i JOIN job j ON j.id = i.job_id
            WHERE i.job_id = ? AND i.status = 'APPROVED' AND i.gold_answer IS NULL
            ORDER BY i.batch_id, i.seq
            """;

    /** Streams the approved, non-gold items of the job; needs a transaction for the cursor. */
    public void approvedResults(long jobId, Consumer<ResultRow> each) {
        streaming.query(APPROVED, rs -> {
            each.accept(new ResultRow(rs.getLong("seq"), map(rs.getString("source")), map(rs.getString("result"))));
        }, jobId);
    }

    public int countApproved(long jobId) {
        return jdbc.sql("SELECT count(*) FROM item WHERE job_id = :job AND status = 'APPROVED' AND gold_answer IS NULL")
                .param("job", jobId).query(Integer.class).single();
    }

    private Map<String, String> map(String text) {
        if (text == null) {
            return Map.of();
        }
        Map<String, Object> raw = json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, String> values = new LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(k, v == null ? "" : String.valueOf(v)));
        return values;
    }

    public long create(long jobId, long contractorId, String format, int itemCount, String sha256, LocalDate on,
            Optional<Long> by) {
        return jdbc.sql("""
                INSERT INTO delivery (job_id, contractor_id, format, item_count, file_sha256, delivered_on, delivered_by)
                VALUES (:job, :contractor, :format, :count, :sha, :on, :by) RETURNING id
                """).param("job", jobId).param("contractor", contractorId).param("format", format)
                .param("count", itemCount).param("sha", sha256).param("on", on).param("by", by.orElse(null))
                .query(Long.class).single();
    }

    /** Records the client's decision on a delivery still DELIVERED; false when it was decided already. */
    public boolean decide(long deliveryId, String status, LocalDate on, Optional<Long> by, Optional<String> note) {
        return jdbc.sql("""
                UPDATE delivery SET status = :status, decided_on = :on, decided_by = :by, note = :note
                WHERE id = :id AND status = 'DELIVERED'
                """).param("status", status).param("on", on).param("by", by.orElse(null)).param("note", note.orElse(null))
                .param("id", deliveryId).update() == 1;
    }

    public Optional<Delivery> find(long deliveryId) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", deliveryId).query(DeliveryRepository::delivery).optional();
    }

    public List<Delivery> forJob(long jobId) {
        return jdbc.sql(SELECT + " WHERE job_id = :job ORDER BY id DESC").param("job", jobId)
                .query(DeliveryRepository::delivery).list();
    }

    private static final String SELECT = """
            SELECT id, job_id, contractor_id, format, item_count, file_sha256, delivered_on, delivered_by, status,
                   decided_on, decided_by, note
            FROM delivery""";

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("contractor_id"), rs.getString("format"),
                rs.getInt("item_count"), Optional.ofNullable(rs.getString("file_sha256")),
                rs.getObject("delivered_on", LocalDate.class), Optional.ofNullable((Long) rs.getObject("delivered_by")),
                rs.getString("status"), Optional.ofNullable(rs.getObject("decided_on", LocalDate.class)),
                Optional.ofNullable((Long) rs.getObject("decided_by")), Optional.ofNullable(rs.getString("note")));
    }
}
