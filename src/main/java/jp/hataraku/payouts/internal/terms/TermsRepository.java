package jp.hataraku.payouts.internal.terms;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.payouts.internal.terms.TermsDocument.Item;
import jp.hataraku.payouts.internal.terms.TermsDocument.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table terms_document: issued once, never changed but for the acceptance (a trigger holds it so). */
@Repository
class TermsRepository {

    private static final String COLUMNS = """
            d.id, d.contractor_id, d.municipality_id, d.worker_id, d.job_id, d.task_id, d.version, d.reason,
            d.order_date, d.issued_at, d.item_keys, d.item_labels, d.item_values, d.rendered_text, d.content_sha256,
            d.accepted_at,
            d.version = (SELECT max(o.version) FROM terms_document o WHERE o.worker_id = d.worker_id
                         AND o.job_id = d.job_id AND o.task_id IS NOT DISTINCT FROM d.task_id) AS latest
            """;

    private final JdbcClient jdbc;

    TermsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the next version of the worker's terms for the job (or task); returns its id. */
    long insert(long contractorId, long municipalityId, long workerId, long jobId, Optional<Long> taskId, Reason reason,
            LocalDate orderDate, Instant issuedAt, List<Item> items, String text, String sha256) {
        // one issuer at a time per worker and job: the version numbers stay gapless and unique
        lock(workerId, jobId);
        return jdbc.sql("""
                INSERT INTO terms_document (contractor_id, municipality_id, worker_id, job_id, task_id, version, reason,
                    order_date, issued_at, item_keys, item_labels, item_values, rendered_text, content_sha256)
                SELECT :c, :m, :w, :j, :t,
                    COALESCE((SELECT max(version) FROM terms_document WHERE worker_id = :w AND job_id = :j
                              AND task_id IS NOT DISTINCT FROM CAST(:t AS bigint)), 0) + 1,
                    :reason, :orderDate, :issuedAt, string_to_array(:keys, :sep), string_to_array(:labels, :sep),
                    string_to_array(:values, :sep), :text, :sha
                RETURNING id
                """).param("c", contractorId).param("m", municipalityId).param("w", workerId).param("j", jobId)
                .param("t", taskId.orElse(null)).param("reason", reason.name()).param("orderDate", orderDate)
                .param("issuedAt", Timestamp.from(issuedAt))
                .param("keys", join(items.stream().map(Item::key).toList()))
                .param("labels", join(items.stream().map(Item::label).toList()))
                .param("values", join(items.stream().map(Item::value).toList()))
                .param("sep", SEP).param("text", text).param("sha", sha256)
                .query(Long.class).single();
    }

    /** A separator no item text contains (a unit separator control character). */
    private static final String SEP = "\u001f";

    private static String join(List<String> parts) {
        for (String p : parts) {
            if (p.contains(SEP)) {
                throw new IllegalArgumentException("item text contains a control character");
            }
        }
        return String.join(SEP, parts);
    }

    Optional<TermsDocument> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM terms_document d WHERE d.id = :id").param("id", id)
                .query(TermsRepository::map).optional();
    }

    /** The worker's documents: pending first, then newest first. */
    List<TermsDocument> forWorker(long workerId) {
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + " FROM terms_document d WHERE d.worker_id = :w) x"
                        + " ORDER BY (x.latest AND x.accepted_at IS NULL) DESC, x.issued_at DESC, x.id DESC")
                .param("w", workerId).query(TermsRepository::map).list();
    }

    /** The versions in force (latest per worker, job and task) of a job's documents. */
    List<TermsDocument> latestOfJob(long jobId) {
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + " FROM terms_document d WHERE d.job_id = :j) x"
                        + " WHERE x.latest ORDER BY x.worker_id, x.task_id NULLS FIRST")
                .param("j", jobId).query(TermsRepository::map).list();
    }

    /**
     * Holds the worker's and job's lock until the transaction ends: issuing a version and accepting
     * one take it, so an acceptance never overtakes the issue of a newer version.
     */
    void lock(long workerId, long jobId) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(CAST(:w AS int), CAST(:j AS int))) x")
                .param("w", (int) workerId).param("j", (int) jobId).query(Integer.class).single();
    }

    /**
     * Records the acceptance once, of the version in force only (call under {@link #lock}); false when
     * it was accepted already or a newer version has been issued.
     */
    boolean accept(long id, long accountId, Instant now) {
        return jdbc.sql("""
                UPDATE terms_document d SET accepted_at = :now, accepted_by = :by
                 WHERE d.id = :id AND d.accepted_at IS NULL
                   AND d.version = (SELECT max(o.version) FROM terms_document o WHERE o.worker_id = d.worker_id
                                    AND o.job_id = d.job_id AND o.task_id IS NOT DISTINCT FROM d.task_id)
                """).param("now", Timestamp.from(now)).param("by", accountId).param("id", id).update() == 1;
    }

    /** The version in force of the document's worker, job and task. */
    Optional<TermsDocument> latestOf(long id) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM terms_document d JOIN terms_document s ON s.id = :id AND d.worker_id = s.worker_id
                  AND d.job_id = s.job_id AND d.task_id IS NOT DISTINCT FROM s.task_id
                ORDER BY d.version DESC LIMIT 1""").param("id", id).query(TermsRepository::map).optional();
    }

    private static TermsDocument map(ResultSet rs, int n) throws SQLException {
        String[] keys = strings(rs.getArray("item_keys"));
        String[] labels = strings(rs.getArray("item_labels"));
        String[] values = strings(rs.getArray("item_values"));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            items.add(new Item(keys[i], labels[i], values[i]));
        }
        Timestamp accepted = rs.getTimestamp("accepted_at");
        long task = rs.getLong("task_id");
        boolean noTask = rs.wasNull();
        return new TermsDocument(rs.getLong("id"), rs.getLong("contractor_id"), rs.getLong("municipality_id"),
                rs.getLong("worker_id"), rs.getLong("job_id"), noTask ? Optional.empty() : Optional.of(task),
                rs.getInt("version"), Reason.valueOf(rs.getString("reason")), rs.getObject("order_date", LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(), List.copyOf(items), rs.getString("rendered_text"),
                rs.getString("content_sha256"), Optional.ofNullable(accepted).map(Timestamp::toInstant),
                rs.getBoolean("latest"));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
