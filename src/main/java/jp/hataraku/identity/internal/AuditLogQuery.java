package jp.hataraku.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.hataraku.shared.TokyoClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log for the administrators' page: filtered, newest first, a page at a time. */
@Repository
class AuditLogQuery {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditLogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each criterion is optional; dates are Tokyo dates, both ends included. */
    record Filter(LocalDate from, LocalDate to, String actor, String action, String targetType, String targetId) {
        static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    record Page(List<AuditEntry> entries, int page, int pages, long total) {
    }

    private static final String WHERE = """
            WHERE (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
              AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
              AND (CAST(:actor AS text) IS NULL
                   OR actor_name ILIKE '%' || CAST(:actor AS text) || '%' ESCAPE '\\'
                   OR CAST(actor_id AS text) = CAST(:actorExact AS text))
              AND (CAST(:action AS text) IS NULL OR action = CAST(:action AS text))
              AND (CAST(:targetType AS text) IS NULL OR target_type = CAST(:targetType AS text))
              AND (CAST(:targetId AS text) IS NULL OR target_id = CAST(:targetId AS text))
            """;

    Page search(Filter filter, int page) {
        long total = bind(jdbc.sql("SELECT count(*) FROM audit_log " + WHERE), filter).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<AuditEntry> entries = bind(jdbc.sql("""
                SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id,
                       CAST(before_state AS text) AS before_state, CAST(after_state AS text) AS after_state,
                       detail, remote_addr
                FROM audit_log
                """ + WHERE + """
                ORDER BY occurred_at DESC, id DESC
                LIMIT :limit OFFSET :offset
                """), filter)
                .param("limit", PAGE_SIZE)
                .param("offset", (current - 1) * PAGE_SIZE)
                .query((rs, n) -> {
                    long actorId = rs.getLong("actor_id");
                    Long actor = rs.wasNull() ? null : actorId;
                    return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), actor,
                            rs.getString("actor_name"), rs.getString("action"), rs.getString("target_type"),
                            rs.getString("target_id"), rs.getString("before_state"), rs.getString("after_state"),
                            rs.getString("detail"), rs.getString("remote_addr"));
                }).list();
        return new Page(entries, current, pages, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
        String actor = blankToNull(filter.actor());
        return spec
                .param("from", startOf(filter.from()))
                .param("to", startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .param("actor", actor == null ? null : actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("actorExact", actor)
                .param("action", blankToNull(filter.action()))
                .param("targetType", blankToNull(filter.targetType()))
                .param("targetId", blankToNull(filter.targetId()));
    }

    private static Timestamp startOf(LocalDate date) {
        return date == null ? null : Timestamp.from(date.atStartOfDay(TokyoClock.ZONE).toInstant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
