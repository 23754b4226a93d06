package jp.hataraku.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import javax.sql.DataSource;

import jp.hataraku.HatarakuApplication;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.payouts.internal.Closing;
import jp.hataraku.payouts.internal.ClosingQueries;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Monthly closing benchmark (issue 4), run by {@code bench/closing.sh} on a database of its own:
 * {@code ClosingBench URL WORKERS LINES} seeds one contractor with WORKERS payees and LINES approved
 * reward lines of October 2026 (three work kinds, a third of the workers registered for invoices)
 * by generate_series, then times the real closing ({@link Closing#runNow}: SQL aggregation, the
 * engine per worker, COPY of the payouts in one transaction) and, in the same run, a plain
 * {@code SELECT worker_id, work_kind, sum(amount) ... GROUP BY} over the same rows (read to the
 * end by JDBC). The GROUP BY runs once untimed first so that both find the table in the cache.
 */
public final class ClosingBench {

    private ClosingBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int workers = Integer.parseInt(args[1]);
        long lines = Long.parseLong(args[2]);
        Map.of("server.port", "0", "hataraku.db.url", url, "hataraku.db.mode", "AUTO", "hataraku.demo.enabled", "false",
                "spring.main.banner-mode", "off", "logging.level.root", "WARN").forEach(System::setProperty);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HatarakuApplication.class)
                .web(WebApplicationType.SERVLET).run()) {
            Organizations organizations = ctx.getBean(Organizations.class);
            DataSource dataSource = ctx.getBean(DataSource.class);
            long town = organizations.registerMunicipality("締め町", "しめちょう", "20", 100_000);
            long contractor = organizations.registerContractor(new Organizations.NewContractor("締め公社", "しめこうしゃ",
                    "6100005001234", "T6100005001234", "3990000", "長野県締め町1-1"));
            organizations.serve(contractor, town);
            YearMonth month = YearMonth.of(2026, 10);
            LocalDate first = month.atDay(1);

            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                // real worker records (a third registered for invoices), so that the closing's refresh of
                // the invoice registration through Payees.details reads 100,000 workers as in production
                st.execute("""
                        INSERT INTO worker (municipality_id, name, name_kana, birth_date, gender, postal_code, address, phone,
                                            email, place, privacy_notice_version, privacy_consented_at, status, search_key,
                                            invoice_registration_number)
                        SELECT %d, '締め 太郎' || g, 'しめ たろう', DATE '1985-01-01', 'MALE', '3994511', '長野県締め町1-' || g,
                               '090-0000-0000', 'c' || g || '@bench.invalid', 'HOME', '2026-04', now(), 'ACTIVE',
                               'しめたろう' || g, CASE WHEN g %% 3 = 0 THEN 'T8100005012345' END
                          FROM generate_series(1, %d) g""".formatted(town, workers));
                long firstWorker;
                try (ResultSet rs = st.executeQuery("SELECT min(id) FROM worker WHERE municipality_id = " + town)) {
                    rs.next();
                    firstWorker = rs.getLong(1);
                }
                st.execute("INSERT INTO payee (worker_id, municipality_id, registration_number) SELECT id, municipality_id,"
                        + " invoice_registration_number FROM worker WHERE municipality_id = " + town);
                long chunk = 1_000_000;
                for (long from = 1; from <= lines; from += chunk) {
                    long to = Math.min(lines, from + chunk - 1);
                    st.execute("""
                            INSERT INTO reward_line (contractor_id, municipality_id, worker_id, job_id, work_kind, amount,
                                received_on, approved_on, source, source_id, units)
                            SELECT %d, %d, %d + g %% %d, 1 + g %% 50,
                                   CASE WHEN (g / %d) %% 10 < 7 THEN 'DATA_ENTRY' WHEN (g / %d) %% 10 < 9 THEN 'WRITING'
                                        ELSE 'WEB_DESIGN' END,
                                   10 + g %% 90, DATE '%s' + (g %% 28)::int, DATE '%s' + (g %% 28)::int + 2, 'TASK', g, 1
                            FROM generate_series(%d, %d) g""".formatted(contractor, town, firstWorker, workers, workers,
                            workers, first, first, from, to));
                    System.err.printf("seeded %,d lines%n", to);
                }
                st.execute("VACUUM ANALYZE reward_line");
                st.execute("VACUUM ANALYZE payee");
                st.execute("VACUUM ANALYZE worker");
            }
            System.out.printf("seed: %d workers, %,d lines in %.1f s%n", workers, lines, (System.nanoTime() - t0) / 1e9);

            String groupBy = "SELECT worker_id, work_kind, sum(amount) FROM reward_line WHERE contractor_id = "
                    + contractor + " GROUP BY worker_id, work_kind";
            long groups = plainGroupBy(dataSource, groupBy); // warm-up, untimed

            Closing closing = ctx.getBean(Closing.class);
            long period = closing.openPeriod(contractor, month);
            long c0 = System.nanoTime();
            closing.runNow(period, 0);
            double closingSeconds = (System.nanoTime() - c0) / 1e9;
            PayPeriodSummary p = ctx.getBean(ClosingQueries.class).period(period).orElseThrow();
            if (p.status() != PeriodStatus.REVIEW) {
                throw new IllegalStateException("the closing did not finish: " + p.status() + " "
                        + ctx.getBean(ClosingQueries.class).latestRun(period));
            }
            long sum;
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT sum(amount) FROM reward_line")) {
                rs.next();
                sum = rs.getLong(1);
            }
            if (sum != p.totalGross().amount()) {
                throw new IllegalStateException("closing gross " + p.totalGross() + " is not the sum of the lines " + sum);
            }

            long g0 = System.nanoTime();
            long groups2 = plainGroupBy(dataSource, groupBy);
            double groupBySeconds = (System.nanoTime() - g0) / 1e9;

            System.out.printf("closing: %d workers paid, gross %,d yen (= sum of the lines), withholding %,d, net %,d;"
                    + " %,d groups%n", p.workerCount(), p.totalGross().amount(), p.totalWithholding().amount(),
                    p.totalNet().amount(), groups2);
            System.out.printf("RESULT closing_s=%.2f s%n", closingSeconds);
            System.out.printf("RESULT group_by_s=%.2f s%n", groupBySeconds);
            System.out.printf("RESULT ratio_vs_group_by=%.2f x%n", closingSeconds / groupBySeconds);
            if (groups != groups2) {
                throw new IllegalStateException("group counts differ");
            }
        }
    }

    private static long plainGroupBy(DataSource dataSource, String sql) throws Exception {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getLong(3);
                        rows++;
                    }
                }
            }
            c.commit();
        }
        return rows;
    }
}
