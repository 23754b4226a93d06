package jp.hataraku.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.SmallCellSuppression;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The work and money, engagement and WORK TRIP figures of {@link WorkFixture}, each against the
 * value worked out by hand there: for a town (its residents' pay; the work of the contractors
 * serving it), for a town and one contractor, for a contractor alone; the empty states; and the
 * workbook and open data agree with them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkFiguresTests {

    @Autowired
    CouncilReport report;
    @Autowired
    Organizations organizations;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    MockMvc mvc;

    WorkFixture f;
    long emptyTown;

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @BeforeAll
    void build() {
        f = new WorkFixture(organizations, clients, jdbc);
        emptyTown = organizations.registerMunicipality("無業村" + System.nanoTime(), "むぎょうむら", "20", 800);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<Long> l(long... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    /** The values, then zeros to twelve months. */
    private static List<Long> months(long... values) {
        List<Long> out = new ArrayList<>(l(values));
        out.addAll(Collections.nCopies(12 - values.length, 0L));
        return out;
    }

    private static Figure figure(CouncilReport.Report r, String id) {
        return r.figures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertFigure(CouncilReport.Report r, String id, List<Long> year, List<Long> previous) {
        Figure fig = figure(r, id);
        assertThat(fig.emptyReason()).as(id).isEmpty();
        List<ChartData.Series> series = fig.data().series();
        assertThat(series).as(id).hasSize(2);
        assertThat(series.get(0).values()).as(id + " this year").isEqualTo(year);
        assertThat(series.get(1).values()).as(id + " previous year").isEqualTo(previous);
        assertThat(fig.svg()).as(id).startsWith("<svg");
    }

    private static void assertEmpty(CouncilReport.Report r, String id, String reason) {
        Figure fig = figure(r, id);
        assertThat(fig.emptyReason()).as(id).contains(reason);
        assertThat(fig.data().isEmpty()).as(id).isTrue();
        assertThat(fig.svg()).as(id).isEmpty();
    }

    @Test
    void every_work_and_engagement_figure_of_the_town_in_fiscal_2022() {
        CouncilReport.Report r = report.compute(ReportScope.town(f.townT), FY2022, Locale.JAPANESE);

        assertThat(r.sections()).extracting(CouncilReport.Section::id)
                .containsExactly("workers", "work", "engagement", "worktrip");
        assertThat(r.sections()).extracting(CouncilReport.Section::title)
                .containsExactly("住民ワーカー", "仕事とお金", "働き方", "WORK TRIP（ワーケーション受け入れ）");
        // C1 + C2: 100,000 + 20,000 + 5,000 + 50,000; FY2021: 30,000 (FY2023's 999 and C3's 70,000 nowhere)
        assertFigure(r, "order-amount", l(175_000), l(30_000));
        // j1 (first opened 2022-05-10; reopening not counted), j3; FY2021: j2 (its reopening in FY2022 is not a new job)
        assertFigure(r, "jobs-opened", l(2), l(1));
        // listed, outside, in prefecture, in town, municipality, welfare council, individual
        assertFigure(r, "orders-by-client-type", l(100_000, 0, 0, 25_000, 50_000, 0, 0), l(0, 0, 0, 30_000, 0, 0, 0));
        Figure kinds = figure(r, "orders-by-work-kind");
        assertThat(kinds.data().categories()).containsExactly("記事執筆・取材", "データ入力（名刺・名簿・顧客リスト）",
                "仕事に紐づかない請求（手入力の明細）");
        assertFigure(r, "orders-by-work-kind", l(100_000, 70_000, 5_000), l(0, 30_000, 0));
        // residents of T: 10,000 + 20,000 + 30,000 + 5,000 + 50,000; w3 lives in U; FY2023's payout not yet
        assertFigure(r, "rewards-paid", l(115_000, 0, 1_021, 113_979), l(26_000, 0, 0, 26_000));
        assertFigure(r, "workers-paid", l(3), l(3));
        // worker-months 15,000 (w1 April from C1 and C2), 20,000, 30,000, 50,000; nearest rank
        assertFigure(r, "monthly-reward-spread", l(15_000, 20_000, 30_000), l(6_000, 8_000, 12_000));
        // writing 10,000 yen × 60 ÷ 100 min (45, and 10 + 45 for the returned task: not the 20-minute review
        // wait); data entry 6,001 × 60 ÷ 150 = 2,400.4 → 2,400; FY2021 700 × 60 ÷ 60
        assertThat(figure(r, "hourly-reward-by-kind").data().categories()).containsExactly("記事執筆・取材",
                "データ入力（名刺・名簿・顧客リスト）");
        assertFigure(r, "hourly-reward-by-kind", l(6_000, 2_400), l(0, 700));
        // 4 of 5 payouts by the deadline
        assertFigure(r, "on-time-payment", l(800), l(1_000));

        // April w1, w2; May w1, w4 (the adjustment in June is not work)
        assertFigure(r, "active-workers-by-month", months(2, 2), months(1));
        // April 90 + 45 = 135 min; May 30 + 75 = 105; June 30 (00:30 Tokyo on 1 June is June); 2021-06 60
        assertFigure(r, "hours-by-month", months(2, 1, 0), months(0, 0, 1));
        // home, centre, unknown
        assertFigure(r, "submissions-by-place", l(1, 1, 0), l(0, 0, 0));
        assertFigure(r, "time-by-place", l(90, 0, 60), l(0, 60, 0));

        for (String id : WorkTripFigures.IDS) {
            assertEmpty(r, id, WorkTripFigures.EMPTY_NO_WORK_TRIP);
        }
        assertThat(figure(r, "active-workers-by-month").counts()).isTrue();
        assertThat(figure(r, "workers-paid").counts()).isTrue();
        assertThat(figure(r, "rewards-paid").counts()).isFalse();
        assertThat(figure(r, "order-amount").counts()).isFalse();
        assertThat(figure(r, "order-amount").description()).contains("検収済みの納品").contains("担当する事業者");
        assertThat(figure(r, "monthly-reward-spread").description()).contains("percentile_disc");
        assertThat(figure(r, "active-workers-by-month").data().categories()).hasSize(12).startsWith("4月");
        assertThat(figure(r, "order-amount").data().series()).extracting(ChartData.Series::name)
                .containsExactly("2022年度", "2021年度");
    }

    @Test
    void a_town_and_one_of_its_contractors() {
        CouncilReport.Report r = report.compute(ReportScope.town(f.townT).withContractor(f.c1), FY2022, Locale.JAPANESE);

        assertFigure(r, "order-amount", l(125_000), l(30_000));
        assertFigure(r, "jobs-opened", l(1), l(1));
        assertFigure(r, "orders-by-client-type", l(100_000, 0, 0, 25_000, 0, 0, 0), l(0, 0, 0, 30_000, 0, 0, 0));
        assertFigure(r, "orders-by-work-kind", l(100_000, 20_000, 5_000), l(0, 30_000, 0));
        assertFigure(r, "workers-paid", l(2), l(3));
        // two people paid: one person's pay could be read off the totals (60,000 yen) and the spread
        assertEmpty(r, "rewards-paid", WorkFigures.EMPTY_FEW_WORKERS);
        assertEmpty(r, "monthly-reward-spread", WorkFigures.EMPTY_FEW_WORKERS);
        // writing (10,000 incl. the U resident's 4,000 at C1) × 60 ÷ 100; data entry 4,000 × 60 ÷ 120
        assertFigure(r, "hourly-reward-by-kind", l(6_000, 2_000), l(0, 700));
        // 2 of 3: 666.7 → 667
        assertFigure(r, "on-time-payment", l(667), l(1_000));
        assertFigure(r, "active-workers-by-month", months(2, 1), months(1));
        assertFigure(r, "hours-by-month", months(2, 1), months(0, 0, 1));
        assertFigure(r, "submissions-by-place", l(1, 1, 0), l(0, 0, 0));
        assertFigure(r, "time-by-place", l(90, 0, 30), l(0, 60, 0));

        CouncilReport.Report c2 = report.compute(ReportScope.town(f.townT).withContractor(f.c2), FY2022, Locale.JAPANESE);
        assertFigure(c2, "order-amount", l(50_000), l(0));
        assertEmpty(c2, "rewards-paid", WorkFigures.EMPTY_FEW_WORKERS);
        assertFigure(c2, "workers-paid", l(2), l(0));
        assertFigure(c2, "on-time-payment", l(1_000), l(0));
        assertEmpty(c2, "monthly-reward-spread", WorkFigures.EMPTY_FEW_WORKERS);
        assertEmpty(c2, "submissions-by-place", EngagementFigures.EMPTY_NO_ACTIVITY);
        // only time of unknown place: the centre's networks are not set
        assertEmpty(c2, "time-by-place", EngagementFigures.EMPTY_NO_CENTRE_NETWORKS);
    }

    @Test
    void a_contractor_alone_pays_residents_of_every_town() {
        CouncilReport.Report r = report.compute(new ReportScope(Optional.empty(), Optional.of(f.c1)), FY2022,
                Locale.JAPANESE);
        assertFigure(r, "order-amount", l(125_000), l(30_000));
        // w3 of town U too: 10,000 + 20,000 + 40,000 + 30,000
        assertFigure(r, "rewards-paid", l(100_000, 0, 1_021, 98_979), l(26_000, 0, 0, 26_000));
        assertFigure(r, "workers-paid", l(3), l(3));
        assertFigure(r, "monthly-reward-spread", l(10_000, 20_000, 30_000), l(6_000, 8_000, 12_000));
        assertFigure(r, "on-time-payment", l(750), l(1_000));
        assertFigure(r, "active-workers-by-month", months(3, 1), months(1));
    }

    @Test
    void while_the_year_runs_months_stop_at_this_month_and_compare_with_last_year_to_the_same_day() {
        clock.setFixed(Instant.parse("2022-05-20T03:00:00Z"));
        CouncilReport.Report r = report.compute(ReportScope.town(f.townT), FY2022, Locale.ENGLISH);
        assertThat(figure(r, "active-workers-by-month").data().categories()).containsExactly("Apr", "May");
        // 31 May's approval has not happened yet
        assertFigure(r, "active-workers-by-month", l(2, 1), l(1, 0));
        assertFigure(r, "order-amount", l(5_000), l(30_000));
        // April 135 min; May 75 + 30 by the 20th (June's 30 not yet)
        assertFigure(r, "hours-by-month", l(2, 1), l(0, 0));
        assertThat(figure(r, "monthly-reward-spread").description()).contains("Each worker's reward")
                .contains("percentile_disc");
        assertThat(figure(r, "order-amount").description()).contains("contractors serving that town");
    }

    @Test
    void a_contractor_not_serving_the_town_a_town_without_work_and_a_year_not_begun_are_empty_states() {
        CouncilReport.Report r = report.compute(ReportScope.town(f.townT).withContractor(f.c3), FY2022, Locale.JAPANESE);
        for (String id : List.of("order-amount", "jobs-opened", "orders-by-client-type", "orders-by-work-kind")) {
            assertEmpty(r, id, WorkFigures.EMPTY_NO_ORDERS);
        }
        for (String id : List.of("rewards-paid", "workers-paid", "monthly-reward-spread", "on-time-payment")) {
            assertEmpty(r, id, WorkFigures.EMPTY_NO_PAYOUTS);
        }
        assertEmpty(r, "hourly-reward-by-kind", WorkFigures.EMPTY_NO_WORK_TIME);
        for (String id : EngagementFigures.IDS) {
            assertEmpty(r, id, EngagementFigures.EMPTY_NO_ACTIVITY);
        }

        CouncilReport.Report none = report.compute(ReportScope.town(emptyTown), FY2022, Locale.JAPANESE);
        assertThat(none.emptyReason()).contains(CouncilReport.EMPTY_NO_DATA);
        assertThat(none.figures()).allSatisfy(fig -> assertThat(fig.isEmpty()).as(fig.id()).isTrue());
        assertEmpty(none, "order-amount", WorkFigures.EMPTY_NO_ORDERS);
        assertEmpty(none, "time-by-place", EngagementFigures.EMPTY_NO_ACTIVITY);

        FiscalYear next = FiscalYear.of(clock.today()).next();
        CouncilReport.Report future = report.compute(ReportScope.town(f.townT), next, Locale.JAPANESE);
        assertThat(future.figures()).allSatisfy(fig -> assertThat(fig.emptyReason()).as(fig.id())
                .contains(CouncilReport.EMPTY_FUTURE));
    }

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void every_figure_survives_the_snapshot_json_exactly() {
        for (ReportScope scope : List.of(ReportScope.town(f.townT), new ReportScope(Optional.empty(), Optional.of(f.c1)))) {
            CouncilReport.Report r = report.compute(scope, FY2022, Locale.JAPANESE);
            CouncilReport.Report back = json.readValue(json.writeValueAsString(r), CouncilReport.Report.class);
            for (int i = 0; i < r.figures().size(); i++) {
                assertThat(back.figures().get(i)).as(r.figures().get(i).id()).isEqualTo(r.figures().get(i));
            }
            assertThat(back).isEqualTo(r);
        }
    }

    @Test
    void every_figure_id_is_unique_and_fits_a_sheet_name() {
        CouncilReport.Report r = report.compute(ReportScope.town(f.townT), FY2022, Locale.JAPANESE);
        List<String> ids = r.figures().stream().map(Figure::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo(31));
        List<String> expected = new ArrayList<>(WorkerFigures.IDS);
        expected.addAll(WorkFigures.IDS);
        expected.addAll(EngagementFigures.IDS);
        expected.addAll(WorkTripFigures.IDS);
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void the_workbook_and_the_open_data_agree_with_the_work_figures() throws Exception {
        String email = WorkerFixtures.uniqueEmail("work-figures");
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(Role.CONTRACTOR_STAFF, 0)));
        RequestPostProcessor staff = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        CouncilReport.Report r = report.compute(ReportScope.town(f.townT), FY2022, Locale.JAPANESE);
        List<Figure> shown = r.figures().stream().filter(fig -> !fig.isEmpty()
                && (WorkFigures.IDS.contains(fig.id()) || EngagementFigures.IDS.contains(fig.id()))).toList();
        assertThat(shown).hasSize(WorkFigures.IDS.size() + EngagementFigures.IDS.size());

        byte[] xlsx = mvc.perform(get("/reports/workbook.xlsx").param("town", String.valueOf(f.townT)).param("year", "2022")
                        .with(staff).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (Figure fig : shown) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet(fig.id());
                assertThat(sheet).as(fig.id()).isNotNull();
                for (int c = 0; c < fig.data().categories().size(); c++) {
                    org.apache.poi.ss.usermodel.Row row = rowOf(sheet, fig.data().categories().get(c));
                    for (int s = 0; s < fig.data().series().size(); s++) {
                        assertThat((long) row.getCell(s + 1).getNumericCellValue()).as(fig.id() + " " + c + " " + s)
                                .isEqualTo(fig.data().series().get(s).values().get(c));
                    }
                }
            }
        }

        String csv = mvc.perform(get("/reports/opendata.csv").param("town", String.valueOf(f.townT)).param("year", "2022")
                        .with(staff).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.replace("\uFEFF", "")))) {
            for (org.apache.commons.csv.CSVRecord rec : parser) {
                values.put(rec.get("図表ID") + "|" + rec.get("区分") + "|" + rec.get("系列"), rec.get("値") + "|" + rec.get("秘匿"));
            }
        }
        // money is never masked; two active workers in April are
        assertThat(values.get("order-amount|受注額（税抜）|2022年度")).isEqualTo("175000|");
        assertThat(values.get("active-workers-by-month|4月|2022年度")).isEqualTo("|X");
        assertThat(values.get("workers-paid|報酬を受け取った住民|2022年度")).isEqualTo("3|");
        for (Figure fig : shown) {
            for (int c = 0; c < fig.data().categories().size(); c++) {
                for (ChartData.Series series : fig.data().series()) {
                    long v = series.values().get(c);
                    String key = fig.id() + "|" + fig.data().categories().get(c) + "|" + series.name();
                    boolean masked = fig.counts() && SmallCellSuppression.standard().suppress(series.values()).get(c).isEmpty();
                    assertThat(values.get(key)).as(key).isEqualTo(masked ? "|X" : v + "|");
                }
            }
        }
    }

    private static org.apache.poi.ss.usermodel.Row rowOf(org.apache.poi.ss.usermodel.Sheet sheet, String category) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            org.apache.poi.ss.usermodel.Cell first = row.getCell(0);
            if (row.getRowNum() > 4 && first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(category)) {
                return row;
            }
        }
        throw new AssertionError("no row " + category + " on sheet " + sheet.getSheetName());
    }
}
