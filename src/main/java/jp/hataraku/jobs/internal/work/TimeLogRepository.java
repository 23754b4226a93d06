package jp.hataraku.jobs.internal.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.shared.TokyoClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hours on assigned work (table time_log): a running timer per worker at most, or typed entries. */
@Repository
class TimeLogRepository {

    private final JdbcClient jdbc;

    TimeLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TimeLog(long id, long taskId, long jobId, long workerId, long contractorId, Instant startedAt,
            Optional<Instant> stoppedAt, Optional<Integer> minutes, boolean manual, Optional<String> reason,
            String status) {

        public LocalDate workedOn() {
            return startedAt.atZone(TokyoClock.ZONE).toLocalDate();
        }

        public boolean running() {
            return stoppedAt.isEmpty() && !manual;
        }
    }

    private static final String COLUMNS = """
            id, task_id, job_id, worker_id, contractor_id, started_at, stopped_at, minutes, manual, reason, status""";

    /** Starts the worker's timer; false when one is already running (the unique index says so). {@code place}: HOME, CENTRE or null. */
    boolean start(TaskRef task, long workerId, Instant now, String place) {
        int rows = jdbc.sql("""
                INSERT INTO time_log (task_id, job_id, worker_id, contractor_id, started_at, place)
                VALUES (:task, :job, :worker, :contractor, :now, :place)
                ON CONFLICT (worker_id) WHERE stopped_at IS NULL AND NOT manual DO NOTHING
                """).param("task", task.id()).param("job", task.jobId()).param("worker", workerId)
                .param("contractor", task.contractorId()).param("now", Timestamp.from(now))
                .param("place", place, Types.VARCHAR).update();
        return rows == 1;
    }

    /** Stops the worker's running timer on this task; the minutes are rounded up. */
    boolean stop(long taskId, long workerId, Instant now) {
        return jdbc.sql("""
                UPDATE time_log SET stopped_at = :now,
                       minutes = GREATEST(1, CEIL(EXTRACT(EPOCH FROM (:now - started_at)) / 60))::int
                 WHERE task_id = :task AND worker_id = :worker AND stopped_at IS NULL AND NOT manual
                """).param("now", Timestamp.from(now)).param("task", taskId).param("worker", workerId).update() == 1;
    }

    /** {@code place}: HOME, CENTRE or null (not known), as for a timer. */
    void addManual(TaskRef task, long workerId, LocalDate workedOn, int minutes, String reason, String place) {
        Instant start = workedOn.atStartOfDay(TokyoClock.ZONE).toInstant();
        jdbc.sql("""
                INSERT INTO time_log (task_id, job_id, worker_id, contractor_id, started_at, stopped_at, minutes,
                                      manual, reason, place)
                VALUES (:task, :job, :worker, :contractor, :start, :stop, :minutes, true, :reason, :place)
                """).param("task", task.id()).param("job", task.jobId()).param("worker", workerId)
                .param("contractor", task.contractorId()).param("start", Timestamp.from(start))
                .param("stop", Timestamp.from(start.plusSeconds(60L * minutes))).param("minutes", minutes)
                .param("reason", reason).param("place", place, Types.VARCHAR).update();
    }

    List<TimeLog> forTask(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM time_log WHERE task_id = :task ORDER BY started_at, id")
                .param("task", taskId).query(TimeLogRepository::map).list();
    }

    /** Finished hours of a job waiting for a director's approval. */
    List<TimeLog> toApprove(long jobId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM time_log WHERE job_id = :job AND status IN ('OPEN','SUBMITTED') AND minutes IS NOT NULL
                 ORDER BY started_at, id
                """).param("job", jobId).query(TimeLogRepository::map).list();
    }

    /** Marks the hours approved once; empty when they were approved already or are still running. */
    Optional<TimeLog> approve(long jobId, long logId, long approverAccountId, Instant now) {
        return jdbc.sql("UPDATE time_log SET status = 'APPROVED', approved_by = :by, approved_at = :now"
                        + " WHERE id = :id AND job_id = :job AND status IN ('OPEN','SUBMITTED') AND minutes IS NOT NULL"
                        + " RETURNING " + COLUMNS)
                .param("by", approverAccountId).param("now", Timestamp.from(now)).param("id", logId).param("job", jobId)
                .query(TimeLogRepository::map).optional();
    }

    private static TimeLog map(ResultSet rs, int row) throws SQLException {
        Timestamp stopped = rs.getTimestamp("stopped_at");
        int minutes = rs.getInt("minutes");
        boolean noMinutes = rs.wasNull();
        return new TimeLog(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("job_id"), rs.getLong("worker_id"),
                rs.getLong("contractor_id"), rs.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(stopped).map(Timestamp::toInstant), noMinutes ? Optional.empty() : Optional.of(minutes),
                rs.getBoolean("manual"), Optional.ofNullable(rs.getString("reason")), rs.getString("status"));
    }
}
