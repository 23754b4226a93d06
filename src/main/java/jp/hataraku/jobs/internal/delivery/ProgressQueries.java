package jp.hataraku.jobs.internal.delivery;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.jobs.internal.io.JobFacts;
import jp.hataraku.shared.TokyoClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts for the progress dashboard and the director's "who is doing what". */
@Repository
public class ProgressQueries {

    private final JdbcClient jdbc;
    private final TokyoClock clock;

    ProgressQueries(JdbcClient jdbc, TokyoClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public JobProgress progress(JobFacts job) {
        LocalDate today = clock.today();
        long[] counts = jdbc.sql("""
                SELECT count(*),
                       count(*) FILTER (WHERE i.status = 'APPROVED'),
                       count(*) FILTER (WHERE i.status IN ('COMPLETE','CHECKED','ADJUDICATION')
                                           OR (i.status IN ('OPEN','REJECTED') AND EXISTS
                                               (SELECT 1 FROM task t WHERE t.item_id = i.id AND t.status = 'SUBMITTED'))),
                       count(*) FILTER (WHERE i.status IN ('OPEN','REJECTED')
                                           AND NOT EXISTS (SELECT 1 FROM task t WHERE t.item_id = i.id AND t.status = 'SUBMITTED')
                                           AND EXISTS (SELECT 1 FROM task t WHERE t.item_id = i.id AND t.status = 'RETURNED'))
                FROM item i WHERE i.job_id = :job AND i.gold_answer IS NULL
                """).param("job", job.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
        Timestamp from = Timestamp.from(today.minusDays(JobProgress.DAYS - 1).atStartOfDay(TokyoClock.ZONE).toInstant());
        Map<LocalDate, Long> approved = perDay("""
                SELECT (reviewed_at AT TIME ZONE 'Asia/Tokyo')::date, count(*) FROM submission
                WHERE job_id = :job AND status = 'APPROVED' AND reviewed_at >= :from GROUP BY 1
                """, job.id(), from);
        Map<LocalDate, Long> submitted = perDay("""
                SELECT (submitted_at AT TIME ZONE 'Asia/Tokyo')::date, count(*) FROM submission
                WHERE job_id = :job AND submitted_at >= :from GROUP BY 1
                """, job.id(), from);
        return JobProgress.of(counts[0], counts[1], counts[2], counts[3], job.overlap(), approved, submitted, today,
                job.dueDate());
    }

    private Map<LocalDate, Long> perDay(String sql, long jobId, Timestamp from) {
        Map<LocalDate, Long> days = new HashMap<>();
        jdbc.sql(sql).param("job", jobId).param("from", from)
                .query((java.sql.ResultSet rs) -> {
                    days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return days;
    }

    /** One team member's current work on a job. */
    public record MemberActivity(long workerId, long leased, long submittedToday, long approvedThisMonth,
            long openAssignments) { }

    public List<MemberActivity> activity(long jobId) {
        LocalDate today = clock.today();
        Timestamp dayStart = Timestamp.from(today.atStartOfDay(TokyoClock.ZONE).toInstant());
        Timestamp monthStart = Timestamp.from(today.withDayOfMonth(1).atStartOfDay(TokyoClock.ZONE).toInstant());
        return jdbc.sql("""
                SELECT m.worker_id,
                       (SELECT count(*) FROM task t WHERE t.job_id = m.job_id AND t.worker_id = m.worker_id
                            AND t.status = 'LEASED') AS leased,
                       (SELECT count(*) FROM submission s WHERE s.job_id = m.job_id AND s.worker_id = m.worker_id
                            AND s.submitted_at >= :day) AS submitted_today,
                       (SELECT count(*) FROM submission s WHERE s.job_id = m.job_id AND s.worker_id = m.worker_id
                            AND s.status = 'APPROVED' AND s.reviewed_at >= :month) AS approved_month,
                       (SELECT count(*) FROM task t WHERE t.job_id = m.job_id AND t.worker_id = m.worker_id
                            AND t.kind = 'ASSIGNED' AND t.status IN ('OPEN','LEASED','RETURNED')) AS assignments
                FROM team_member m WHERE m.job_id = :job AND m.active ORDER BY m.worker_id
                """).param("job", jobId).param("day", dayStart).param("month", monthStart)
                .query((rs, n) -> new MemberActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
