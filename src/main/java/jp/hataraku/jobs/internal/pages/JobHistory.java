package jp.hataraku.jobs.internal.pages;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jp.hataraku.jobs.JobStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A job's status history, oldest first (the jobs module's own table). */
@Repository
class JobHistory {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final JdbcClient jdbc;

    JobHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> of(long jobId) {
        return jdbc.sql("""
                SELECT from_status, to_status, changed_at, actor_id FROM job_status_history
                WHERE job_id = :job ORDER BY changed_at, id
                """).param("job", jobId)
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    long actor = rs.getLong("actor_id");
                    Long actorId = rs.wasNull() ? null : actor;
                    return new Entry(from == null ? null : JobStatus.valueOf(from), JobStatus.valueOf(rs.getString("to_status")),
                            rs.getTimestamp("changed_at").toInstant().atZone(TOKYO).toLocalDateTime(), actorId);
                }).list();
    }

    /** {@code at} is Tokyo time. */
    record Entry(JobStatus from, JobStatus to, LocalDateTime at, Long actorId) {
    }
}
