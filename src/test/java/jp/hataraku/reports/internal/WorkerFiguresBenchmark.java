package jp.hataraku.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.Figure;
import jp.hataraku.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the worker figures take for {@code hataraku.bench.reports.workers} workers (inserted in
 * SQL with a four-row history each: applied, briefed, active, and a tenth withdrawn), for one town
 * and for every town; prints RESULT lines. Run only on request (the name matches none of the test
 * suite's patterns and it needs the property):
 * {@code mvn -q -o test -Dtest=WorkerFiguresBenchmark -Dhataraku.bench.reports.workers=100000}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "hataraku.bench.reports.workers", matches = "[0-9]+")
class WorkerFiguresBenchmark {

    @Autowired
    CouncilReport figures;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jp.hataraku.workers.Workers workers;

    @Test
    void the_worker_figures_of_a_large_register() {
        int n = Integer.parseInt(System.getProperty("hataraku.bench.reports.workers"));
        long townA = organizations.registerMunicipality("大町", "おおまち", "20", 500_000);
        long townB = organizations.registerMunicipality("小町", "こまち", "20", 50_000);
        jdbc.sql("""
                INSERT INTO worker (municipality_id, name, name_kana, birth_date, gender, postal_code, address, phone,
                                    email, place, privacy_notice_version, privacy_consented_at, status, search_key,
                                    roles_held, circumstances, circumstances_consent_at)
                SELECT CASE WHEN i % 10 = 0 THEN :b ELSE :a END, 'w' || i, 'わ', DATE '1950-01-01' + (i % 20000),
                       CASE WHEN i % 5 = 0 THEN 'MALE' ELSE 'FEMALE' END, '3890000', 'x', '0', 'w' || i || '@x.jp',
                       (ARRAY['HOME','TELEWORK_CENTRE','EITHER'])[1 + i % 3], '2026-04', now(),
                       CASE WHEN i % 10 = 3 THEN 'WITHDRAWN' ELSE 'ACTIVE' END, 'w' || i,
                       CASE WHEN i % 4 = 0 THEN ARRAY['WORKER','TRAINER'] ELSE ARRAY['WORKER'] END,
                       CASE WHEN i % 2 = 0 THEN ARRAY['RAISING_CHILDREN'] END,
                       CASE WHEN i % 2 = 0 THEN now() END
                FROM generate_series(1, :n) AS i
                """).param("a", townA).param("b", townB).param("n", n).update();
        jdbc.sql("""
                INSERT INTO worker_status_history (worker_id, municipality_id, from_status, to_status, effective_on, period_no, reason)
                SELECT w.id, w.municipality_id, s.f, s.t, DATE '2018-04-01' + (w.id % 2500)::int + s.d, 1,
                       CASE WHEN s.t = 'WITHDRAWN' THEN 'EMPLOYMENT' END
                FROM worker w
                CROSS JOIN (VALUES (NULL, 'APPLIED', 0), ('APPLIED', 'BRIEFED', 5), ('BRIEFED', 'ACTIVE', 10),
                                   ('ACTIVE', 'WITHDRAWN', 200)) AS s(f, t, d)
                WHERE s.t <> 'WITHDRAWN' OR w.status = 'WITHDRAWN'
                """).update();
        jdbc.sql("ANALYZE worker").update();
        jdbc.sql("ANALYZE worker_status_history").update();
        if (Boolean.getBoolean("hataraku.bench.reports.explain")) {
            jdbc.sql("""
                EXPLAIN ANALYZE WITH state AS (
                    SELECT DISTINCT ON (h.worker_id) h.worker_id, h.to_status
                    FROM worker_status_history h
                    WHERE h.effective_on <= DATE '2025-03-31' AND h.municipality_id = :town
                    ORDER BY h.worker_id, h.effective_on DESC, h.id DESC),
                reg AS (
                    SELECT s.to_status, w.gender, w.birth_date, w.place, w.roles_held, w.circumstances
                    FROM state s JOIN worker w ON w.id = s.worker_id
                    WHERE s.to_status IN ('ACTIVE', 'PAUSED'))
                SELECT 'total' AS dim, '' AS k, count(*) AS n FROM reg
                UNION ALL SELECT 'status', to_status, count(*) FROM reg GROUP BY to_status
                UNION ALL SELECT 'gender', gender, count(*) FROM reg GROUP BY gender
                UNION ALL SELECT 'place', place, count(*) FROM reg GROUP BY place
                """).param("town", townA).query(String.class).list().forEach(line -> System.out.println("PLAN " + line));
        }
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            workers.registerProfileOn(java.time.LocalDate.of(2025, 3, 31), Optional.of(townA));
            long t1 = System.nanoTime();
            workers.movementsUntil(java.time.LocalDate.of(2025, 3, 31), Optional.of(townA));
            long t2 = System.nanoTime();
            workers.movementsByMonth(java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2025, 3, 31), Optional.of(townA));
            long t3 = System.nanoTime();
            System.out.println("PARTS profile_ms=" + (t1 - t0) / 1_000_000 + " until_ms=" + (t2 - t1) / 1_000_000
                    + " by_month_ms=" + (t3 - t2) / 1_000_000);
        }
        for (Optional<Long> town : java.util.List.of(Optional.of(townA), Optional.<Long>empty())) {
            long[] ms = new long[11];
            for (int run = 0; run < ms.length; run++) {
                long t0 = System.nanoTime();
                var report = figures.compute(new ReportScope(town, Optional.empty()), FiscalYear.of(2024), Locale.JAPANESE);
                ms[run] = (System.nanoTime() - t0) / 1_000_000;
                assertThat(report.figures()).noneMatch(Figure::isEmpty);
            }
            long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(warm);
            System.out.println("RESULT worker_figures_" + (town.isPresent() ? "one_town" : "all_towns") + "_workers="
                    + n + " median_ms=" + warm[warm.length / 2] + " max_ms=" + warm[warm.length - 1]);
        }
    }
}
