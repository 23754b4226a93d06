package jp.hataraku.jobs.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.hataraku.jobs.Jobs.PlaceCounts;
import jp.hataraku.jobs.Jobs.WorkPlaces;
import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of jobs, tasks, submissions and time logs for the council report, summed in the
 * database over date ranges of Tokyo days (timestamps compared as half-open instants, so the
 * indexes on the approval times serve them).
 */
@Repository
@Transactional(readOnly = true)
class JobFigures {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /**
     * The seconds worked on task {@code t} up to its submission {@code s}: lease → first hand-in,
     * then each return (the previous submission's review) → the next hand-in. Shared with
     * {@code JobRepository.unitTime}.
     */
    static final String TASK_SECONDS = """
                SELECT sum(greatest(EXTRACT(EPOCH FROM (x.submitted_at - x.started)), 0)) AS secs
                FROM (SELECT f.submitted_at,
                             coalesce(lag(f.reviewed_at) OVER (ORDER BY f.submitted_at, f.id), t.leased_at) AS started
                      FROM submission f WHERE f.task_id = t.id AND f.submitted_at <= s.submitted_at) x""";

    /**
     * Every piece of approved work with its job, approval time and seconds worked: approved time
     * logs, and approved pool and gold tasks: from the worker's lease to their first hand-in, plus,
     * for a task returned for rework, from each return to the next hand-in (the review wait before
     * a return is not working time).
     */
    private static final String WORKED = """
            SELECT l.job_id, l.approved_at AS at, CAST(l.minutes AS numeric) * 60 AS secs
            FROM time_log l
            WHERE l.status = 'APPROVED' AND l.minutes IS NOT NULL AND l.approved_at >= :from AND l.approved_at < :to %1$s
            UNION ALL
            SELECT s.job_id, s.reviewed_at AS at, CAST(w.secs AS numeric) AS secs
            FROM submission s JOIN task t ON t.id = s.task_id
            CROSS JOIN LATERAL (""" + TASK_SECONDS + """
            ) w
            WHERE s.status = 'APPROVED' AND t.status = 'APPROVED' AND t.kind IN ('POOL', 'GOLD') AND t.leased_at IS NOT NULL
              AND s.reviewed_at >= :from AND s.reviewed_at < :to %2$s""";

    private final JdbcClient jdbc;

    JobFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Parameters from, to (instants) and the contractors; null when the set of contractors is empty (nothing). */
    private static Map<String, Object> params(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        if (contractorIds.isPresent() && contractorIds.get().isEmpty()) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from.atStartOfDay(TOKYO).toOffsetDateTime());
        params.put("to", to.plusDays(1).atStartOfDay(TOKYO).toOffsetDateTime());
        contractorIds.ifPresent(c -> params.put("contractors", List.copyOf(c)));
        return params;
    }

    private static String contractor(String alias, Optional<Set<Long>> contractorIds) {
        return contractorIds.isPresent() ? "AND " + alias + ".contractor_id IN (:contractors)" : "";
    }

    private static String worked(Optional<Set<Long>> contractorIds) {
        return WORKED.formatted(contractor("l", contractorIds), contractor("s", contractorIds));
    }

    long jobsOpened(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        Map<String, Object> params = params(from, to, contractorIds);
        if (params == null) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM (
                    SELECT h.job_id, min(h.changed_at) AS opened FROM job_status_history h
                    WHERE h.to_status = 'OPEN' %s
                    GROUP BY h.job_id
                ) first_opened WHERE opened >= :from AND opened < :to""".formatted(contractor("h", contractorIds)))
                .params(params).query(Long.class).single();
    }

    Map<Long, WorkKind> workKindsOf(Collection<Long> jobIds) {
        Map<Long, WorkKind> kinds = new HashMap<>();
        if (jobIds.isEmpty()) {
            return kinds;
        }
        jdbc.sql("SELECT id, work_kind FROM job WHERE id = ANY(CAST(string_to_array(:ids, ',') AS bigint[]))")
                .param("ids", jobIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .query((rs, n) -> kinds.put(rs.getLong(1), WorkKind.valueOf(rs.getString(2))))
                .list();
        return kinds;
    }

    Map<WorkKind, Long> minutesWorkedByKind(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        Map<WorkKind, Long> kinds = new EnumMap<>(WorkKind.class);
        Map<String, Object> params = params(from, to, contractorIds);
        if (params == null) {
            return kinds;
        }
        jdbc.sql("WITH worked AS (" + worked(contractorIds) + """
                )
                SELECT j.work_kind, CAST(floor(sum(w.secs) / 60) AS bigint)
                FROM worked w JOIN job j ON j.id = w.job_id
                GROUP BY j.work_kind""")
                .params(params)
                .query((rs, n) -> kinds.put(WorkKind.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return kinds;
    }

    SortedMap<YearMonth, Long> minutesWorkedByMonth(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        Map<String, Object> params = params(from, to, contractorIds);
        if (params == null) {
            return months;
        }
        jdbc.sql("WITH worked AS (" + worked(contractorIds) + """
                )
                SELECT CAST(date_trunc('month', w.at AT TIME ZONE 'Asia/Tokyo') AS date), CAST(floor(sum(w.secs) / 60) AS bigint)
                FROM worked w
                GROUP BY 1""")
                .params(params)
                .query((rs, n) -> months.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2)))
                .list();
        return months;
    }

    WorkPlaces workPlaces(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        Map<String, Object> params = params(from, to, contractorIds);
        if (params == null) {
            return new WorkPlaces(new PlaceCounts(0, 0, 0), new PlaceCounts(0, 0, 0));
        }
        PlaceCounts submissions = jdbc.sql("""
                SELECT count(*) FILTER (WHERE s.place = 'HOME'), count(*) FILTER (WHERE s.place = 'CENTRE'),
                       count(*) FILTER (WHERE s.place IS NULL)
                FROM submission s
                WHERE s.status = 'APPROVED' AND s.reviewed_at >= :from AND s.reviewed_at < :to %s"""
                .formatted(contractor("s", contractorIds)))
                .params(params).query((rs, n) -> new PlaceCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        PlaceCounts minutes = jdbc.sql("""
                SELECT coalesce(sum(l.minutes) FILTER (WHERE l.place = 'HOME'), 0),
                       coalesce(sum(l.minutes) FILTER (WHERE l.place = 'CENTRE'), 0),
                       coalesce(sum(l.minutes) FILTER (WHERE l.place IS NULL), 0)
                FROM time_log l
                WHERE l.status = 'APPROVED' AND l.minutes IS NOT NULL AND l.approved_at >= :from AND l.approved_at < :to %s"""
                .formatted(contractor("l", contractorIds)))
                .params(params).query((rs, n) -> new PlaceCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        return new WorkPlaces(submissions, minutes);
    }
}
