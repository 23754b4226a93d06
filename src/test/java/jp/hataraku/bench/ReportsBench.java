package jp.hataraku.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jp.hataraku.HatarakuApplication;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.internal.CouncilReport;
import jp.hataraku.reports.internal.ReportScope;
import jp.hataraku.reports.internal.ReportSnapshots;
import jp.hataraku.reports.internal.SnapshotsForBench;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.SignIn;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Council dashboard benchmark (issue 5), run by {@code bench/reports.sh}:
 * {@code ReportsBench URL WORKERS TASKS REQUESTS}. On a database of its own that is kept between runs
 * (seeded once; a marker town says the seed finished), one contractor serves two towns with WORKERS
 * workers (90 % and 10 %; each with a status history: applied, briefed, active, a tenth withdrawn;
 * registrations spread from April 2018 to mid-2026) and TASKS task records: TASKS approved assigned
 * tasks of the jobs module ({@code task}, 50 jobs) and, for each, its reward line in the payouts
 * ledger ({@code reward_line}), approved from April 2025 to November 2026 — seeded by generate_series
 * in the owner modules' tables (bench code only).
 *
 * <p>It then times the dashboard page, {@code GET /reports?town=…&year=…} through the full filter
 * chain, controller and template (MockMvc, signed in as contractor staff), for six pages (town A,
 * town B, every town × this fiscal year and the last) round-robin, REQUESTS times each way:
 * baseline = snapshots off (every page computes its report, as before snapshots), then snapshots on
 * (after one untimed pass that fills them). A third run marks a town's snapshots stale every fifth
 * request (as a worker changing status would) to show the page under changes. Prints RESULT lines,
 * the last being {@code dashboard_p95_ms}.
 */
public final class ReportsBench {

    private ReportsBench() {
    }

    record Page(Optional<Long> town, int year) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int workers = Integer.parseInt(args[1]);
        long tasks = Long.parseLong(args[2]);
        int requests = Integer.parseInt(args[3]);
        Map.of("server.port", "0", "hataraku.db.url", url, "hataraku.db.mode", "AUTO", "hataraku.demo.enabled", "false",
                "spring.main.banner-mode", "off", "logging.level.root", "WARN").forEach(System::setProperty);
        List<String> results = new ArrayList<>();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HatarakuApplication.class)
                .web(WebApplicationType.SERVLET).run()) {
            Organizations organizations = ctx.getBean(Organizations.class);
            DataSource dataSource = ctx.getBean(DataSource.class);
            String marker = "集計町 準備済 " + workers + " " + tasks;
            List<Municipality> all = organizations.municipalities();
            Optional<Long> townA = all.stream().filter(m -> m.name().equals("集計町")).map(Municipality::id).findFirst();
            Optional<Long> townB = all.stream().filter(m -> m.name().equals("集計村")).map(Municipality::id).findFirst();
            boolean seeded = all.stream().anyMatch(m -> m.name().equals(marker));
            if (townA.isPresent() && !seeded) {
                System.err.println("the bench database holds an unfinished or different seed");
                System.exit(3);
            }
            if (!seeded) {
                long t0 = System.nanoTime();
                long a = organizations.registerMunicipality("集計町", "しゅうけいちょう", "20", 500_000);
                long b = organizations.registerMunicipality("集計村", "しゅうけいむら", "20", 50_000);
                seed(organizations, dataSource, a, b, workers, tasks);
                organizations.registerMunicipality(marker, "じゅんびずみ", "20", 1);
                System.out.printf("seed: %,d workers, %,d tasks and %,d reward lines in %.1f s%n", workers, tasks, tasks,
                        (System.nanoTime() - t0) / 1e9);
                townA = Optional.of(a);
                townB = Optional.of(b);
            } else {
                System.out.printf("seed: reused (%,d workers, %,d task records)%n", workers, tasks);
            }

            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            String email = "bench-" + System.nanoTime() + "@bench.invalid";
            ctx.getBean(Accounts.class).createAccount(email, "集計職員", "bench-password-2026",
                    List.of(new Accounts.RoleGrant(Role.CONTRACTOR_STAFF, 0)));
            RequestPostProcessor staff = SignIn.as(mvc, email, "bench-password-2026");

            int thisYear = FiscalYear.of(ctx.getBean(TokyoClock.class).today()).startYear();
            List<Page> pages = new ArrayList<>();
            for (Optional<Long> town : List.of(townA, townB, Optional.<Long>empty())) {
                pages.add(new Page(town, thisYear));
                pages.add(new Page(town, thisYear - 1));
            }

            SnapshotsForBench.enable(ctx, false);
            run(mvc, staff, pages, pages.size() * 2, null); // warm-up
            long[] baseline = run(mvc, staff, pages, requests, null);

            SnapshotsForBench.enable(ctx, true);
            long cold = 0;
            for (Page p : pages) {
                long t0 = System.nanoTime();
                page(mvc, staff, p); // fills the snapshot
                cold = Math.max(cold, (System.nanoTime() - t0) / 1_000_000);
            }
            run(mvc, staff, pages, pages.size() * 2, null); // warm-up of the snapshot path
            long before = computations(ctx, pages);
            long[] snapshots = run(mvc, staff, pages, requests, null);
            ReportSnapshots service = ctx.getBean(ReportSnapshots.class);
            long[] serviceMs = new long[requests];
            for (int i = 0; i < requests; i++) {
                Page p = pages.get(i % pages.size());
                long t0 = System.nanoTime();
                service.report(new ReportScope(p.town(), Optional.empty()), FiscalYear.of(p.year()), Locale.JAPANESE);
                serviceMs[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            long recomputed = computations(ctx, pages) - before;

            long townOfChanges = townA.get();
            long[] underChanges = run(mvc, staff, pages, requests,
                    i -> SnapshotsForBench.changed(ctx, FiscalYear.of(thisYear).start(), townOfChanges));

            // the served report is the computed one
            ReportScope scope = new ReportScope(townA, Optional.empty());
            ctx.getBean(ReportSnapshots.class).report(scope, FiscalYear.of(thisYear - 1), Locale.JAPANESE);
            CouncilReport.Report served = ctx.getBean(ReportSnapshots.class)
                    .report(scope, FiscalYear.of(thisYear - 1), Locale.JAPANESE).report();
            CouncilReport.Report computed = ctx.getBean(CouncilReport.class).compute(scope, FiscalYear.of(thisYear - 1),
                    Locale.JAPANESE);
            boolean same = served.equals(computed);
            if (!same) {
                System.out.printf("served %s %s %s %s %d figures; computed %s %s %s %s %d figures%n", served.year(),
                        served.reportDate(), served.previousReportDate(), served.emptyReason(), served.figures().size(),
                        computed.year(), computed.reportDate(), computed.previousReportDate(), computed.emptyReason(),
                        computed.figures().size());
                for (int f = 0; f < Math.min(served.figures().size(), computed.figures().size()); f++) {
                    if (!served.figures().get(f).equals(computed.figures().get(f))) {
                        System.out.printf("differs: %s%n  served:   %s%n  computed: %s%n", computed.figures().get(f).id(),
                                served.figures().get(f), computed.figures().get(f));
                    }
                }
            }

            System.out.printf("pages: %d (towns A, B, all × FY%d, FY%d), %d timed requests each way%n", pages.size(),
                    thisYear, thisYear - 1, requests);
            System.out.printf("baseline (computed per request): median %d ms, p95 %d ms, max %d ms%n",
                    pct(baseline, 50), pct(baseline, 95), pct(baseline, 100));
            System.out.printf("snapshots: first fill max %d ms; median %d ms, p95 %d ms, max %d ms; recomputed during"
                    + " the timed run: %d%n", cold, pct(snapshots, 50), pct(snapshots, 95), pct(snapshots, 100), recomputed);
            System.out.printf("ReportSnapshots.report alone (SELECT + JSON read): median %d ms, p95 %d ms%n",
                    pct(serviceMs, 50), pct(serviceMs, 95));
            System.out.printf("snapshots, a change every 5th request: median %d ms, p95 %d ms, max %d ms%n",
                    pct(underChanges, 50), pct(underChanges, 95), pct(underChanges, 100));
            System.out.printf("served report equals a fresh computation: %s%n", same);
            if (!same) {
                throw new IllegalStateException("the snapshot-served report differs from the computed one");
            }
            results.add("RESULT dashboard_baseline_p95_ms=%d ms".formatted(pct(baseline, 95)));
            results.add("RESULT dashboard_under_changes_p95_ms=%d ms".formatted(pct(underChanges, 95)));
            results.add("RESULT ratio=%.3f x".formatted((double) pct(snapshots, 95) / Math.max(1, pct(baseline, 95))));
            results.add("RESULT dashboard_p95_ms=%d ms".formatted(pct(snapshots, 95)));
        }
        // after the application has stopped, so that the last line is the dashboard's
        results.forEach(System.out::println);
    }

    interface Change {
        void at(int request);
    }

    private static long[] run(MockMvc mvc, RequestPostProcessor staff, List<Page> pages, int requests, Change change)
            throws Exception {
        long[] ms = new long[requests];
        for (int i = 0; i < requests; i++) {
            if (change != null && i % 5 == 0) {
                change.at(i);
            }
            long t0 = System.nanoTime();
            page(mvc, staff, pages.get(i % pages.size()));
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        return ms;
    }

    private static void page(MockMvc mvc, RequestPostProcessor staff, Page p) throws Exception {
        var request = get("/reports").param("year", String.valueOf(p.year())).with(staff);
        p.town().ifPresent(t -> request.param("town", String.valueOf(t)));
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString();
        if (r.getResponse().getStatus() != 200 || !body.contains("registered-now")) {
            throw new IllegalStateException("the dashboard answered " + r.getResponse().getStatus());
        }
    }

    private static long computations(ConfigurableApplicationContext ctx, List<Page> pages) {
        return SnapshotsForBench.computations(ctx);
    }

    /** The p-th percentile (nearest rank). */
    static long pct(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void seed(Organizations organizations, DataSource dataSource, long a, long b, int workers, long tasks)
            throws Exception {
        long contractor = organizations.registerContractor(new Organizations.NewContractor("集計公社", "しゅうけいこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県集計町1-1"));
        organizations.serve(contractor, a);
        organizations.serve(contractor, b);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("""
                    INSERT INTO worker (municipality_id, name, name_kana, birth_date, gender, postal_code, address, phone,
                                        email, place, privacy_notice_version, privacy_consented_at, status, search_key,
                                        roles_held, circumstances, circumstances_consent_at)
                    SELECT CASE WHEN i %% 10 = 0 THEN %d ELSE %d END, '集計 太郎' || i, 'しゅうけい たろう',
                           DATE '1950-01-01' + (i %% 20000), CASE WHEN i %% 5 = 0 THEN 'MALE' ELSE 'FEMALE' END, '3890000',
                           '長野県集計町' || i, '090-0000-0000', 'r' || i || '@bench.invalid',
                           (ARRAY['HOME','TELEWORK_CENTRE','EITHER'])[1 + i %% 3], '2026-04', now(),
                           CASE WHEN i %% 10 = 3 THEN 'WITHDRAWN' ELSE 'ACTIVE' END, 'しゅうけいたろう' || i,
                           CASE WHEN i %% 4 = 0 THEN ARRAY['WORKER','TRAINER'] ELSE ARRAY['WORKER'] END,
                           CASE WHEN i %% 2 = 0 THEN ARRAY['RAISING_CHILDREN'] END,
                           CASE WHEN i %% 2 = 0 THEN now() END
                    FROM generate_series(1, %d) AS i""".formatted(b, a, workers));
            st.execute("""
                    INSERT INTO worker_status_history (worker_id, municipality_id, from_status, to_status, effective_on,
                                                       period_no, reason)
                    SELECT w.id, w.municipality_id, s.f, s.t, DATE '2018-04-01' + (w.id %% 2950)::int + s.d, 1,
                           CASE WHEN s.t = 'WITHDRAWN' THEN 'EMPLOYMENT' END
                    FROM worker w
                    CROSS JOIN (VALUES (NULL, 'APPLIED', 0), ('APPLIED', 'BRIEFED', 5), ('BRIEFED', 'ACTIVE', 10),
                                       ('ACTIVE', 'WITHDRAWN', 200)) AS s(f, t, d)
                    WHERE w.municipality_id IN (%d, %d) AND (s.t <> 'WITHDRAWN' OR w.status = 'WITHDRAWN')""".formatted(a, b));
            System.err.printf("seeded %,d workers%n", workers);
            long firstWorker;
            try (ResultSet rs = st.executeQuery("SELECT min(id) FROM worker WHERE municipality_id IN (" + a + "," + b + ")")) {
                rs.next();
                firstWorker = rs.getLong(1);
            }
            st.execute("""
                    INSERT INTO job (contractor_id, client_id, title, work_kind, mode, due_date, price_model,
                                     client_unit_price, reward_rule, confidentiality, status)
                    SELECT %d, 1, '集計ジョブ' || j, 'DATA_ENTRY', 'ASSIGNED', DATE '2026-12-31', 'PER_UNIT', 30,
                           '{"model":"PER_UNIT","yen":20}', 'NORMAL', 'IN_PROGRESS'
                    FROM generate_series(1, 50) j""".formatted(contractor));
            long firstJob;
            try (ResultSet rs = st.executeQuery("SELECT min(id) FROM job WHERE contractor_id = " + contractor)) {
                rs.next();
                firstJob = rs.getLong(1);
            }
            long chunk = 1_000_000;
            for (long from = 1; from <= tasks; from += chunk) {
                long to = Math.min(tasks, from + chunk - 1);
                // approved assigned tasks, April 2025 to November 2026 (600 days)
                st.execute("""
                        INSERT INTO task (job_id, contractor_id, kind, due_date, status, worker_id, submitted_at,
                                          approved_at, title, estimated_minutes)
                        SELECT %d + g %% 50, %d, 'ASSIGNED', DATE '2025-04-01' + (g %% 600)::int + 7, 'APPROVED',
                               %d + g %% %d, TIMESTAMPTZ '2025-04-01 10:00+09' + (g %% 600) * INTERVAL '1 day',
                               TIMESTAMPTZ '2025-04-02 15:00+09' + (g %% 600) * INTERVAL '1 day', '入力', 10
                        FROM generate_series(%d, %d) g""".formatted(firstJob, contractor, firstWorker, workers, from, to));
                st.execute("""
                        INSERT INTO reward_line (contractor_id, municipality_id, worker_id, job_id, work_kind, amount,
                                                 received_on, approved_on, source, source_id, units)
                        SELECT %d, CASE WHEN (g %% %d + 1) %% 10 = 0 THEN %d ELSE %d END, %d + g %% %d, %d + g %% 50,
                               CASE WHEN g %% 10 < 7 THEN 'DATA_ENTRY' WHEN g %% 10 < 9 THEN 'WRITING' ELSE 'WEB_DESIGN' END,
                               10 + g %% 90, DATE '2025-04-01' + (g %% 600)::int, DATE '2025-04-02' + (g %% 600)::int,
                               'TASK', g, 1
                        FROM generate_series(%d, %d) g""".formatted(contractor, workers, b, a, firstWorker, workers,
                        firstJob, from, to));
                System.err.printf("seeded %,d tasks and reward lines%n", to);
            }
            for (String table : List.of("worker", "worker_status_history", "job", "task", "reward_line")) {
                st.execute("VACUUM ANALYZE " + table);
            }
        }
    }
}
