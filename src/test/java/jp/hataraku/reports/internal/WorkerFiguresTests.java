package jp.hataraku.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.ReferenceTown;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import jp.hataraku.workers.SignIn;
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

/** Every worker figure of the reference town (DOMAIN.md), exactly; the empty states; who may see which town. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerFiguresTests {

    @Autowired
    CouncilReport figures;
    @Autowired
    Workers workers;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    MockMvc mvc;

    long town;
    long otherTown;

    @BeforeAll
    void buildTheReferenceTown() {
        town = ReferenceTown.build(organizations, workers, jdbc, "参照町" + System.nanoTime());
        otherTown = organizations.registerMunicipality("空村" + System.nanoTime(), "からむら", "20", 3000);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<Long> l(long... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static List<Long> repeat(long value, int n) {
        return Collections.nCopies(n, value);
    }

    private static void assertFigure(CouncilReport.Report report, String id, List<Long> year, List<Long> previous) {
        Figure f = report.figures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(f.emptyReason()).as(id).isEmpty();
        List<ChartData.Series> series = f.data().series();
        assertThat(series).as(id).hasSize(2);
        assertThat(series.get(0).values()).as(id + " this year").isEqualTo(year);
        assertThat(series.get(1).values()).as(id + " previous year").isEqualTo(previous);
        assertThat(f.svg()).as(id).startsWith("<svg").contains("role=\"img\"");
    }

    @Test
    void every_figure_of_the_reference_town_at_the_end_of_fiscal_2022() {
        CouncilReport.Report r = figures.compute(ReportScope.town(town), FiscalYear.of(2022), Locale.JAPANESE);

        assertThat(r.reportDate()).contains(java.time.LocalDate.of(2023, 3, 31));
        assertThat(r.previousReportDate()).isEqualTo(java.time.LocalDate.of(2022, 3, 31));
        assertThat(r.emptyReason()).isEmpty();
        assertThat(r.figures()).extracting(Figure::id).containsExactly("registered-now", "registered-total",
                "withdrawn-by-reason", "population-share", "registrations-by-month", "withdrawals-by-month",
                "by-gender", "by-age-band", "by-place", "by-role-count", "by-circumstance",
                "order-amount", "jobs-opened", "orders-by-client-type", "orders-by-work-kind", "rewards-paid",
                "workers-paid", "monthly-reward-spread", "hourly-reward-by-kind", "on-time-payment",
                "active-workers-by-month", "hours-by-month", "submissions-by-place", "time-by-place",
                "worktrip-stays-by-month", "worktrip-companies", "worktrip-new-clients", "worktrip-client-orders");
        // ACTIVE, PAUSED, registered now
        assertFigure(r, "registered-now", l(75, 3, 78), l(55, 0, 55));
        // registered in total, withdrawn in total, registered now
        assertFigure(r, "registered-total", l(99, 21, 78), l(60, 5, 55));
        // employment, moved, other
        assertFigure(r, "withdrawn-by-reason", l(12, 2, 7), l(3, 1, 1));
        // per mille of 7,000: 78 → 11.1 → 11 (1.1 %); 55 → 7.9 → 8
        assertFigure(r, "population-share", l(11), l(8));
        assertFigure(r, "registrations-by-month", l(4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3), repeat(5, 12));
        assertFigure(r, "withdrawals-by-month", l(0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0),
                l(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0));
        // women, men, other, not stated
        assertFigure(r, "by-gender", l(63, 15, 0, 0), l(32, 23, 0, 0));
        // teens, 20s … 60s, 70 and over
        assertFigure(r, "by-age-band", l(12, 11, 11, 11, 11, 11, 11), l(6, 6, 22, 6, 5, 5, 5));
        // home, telework centre, either
        assertFigure(r, "by-place", l(26, 26, 26), l(18, 18, 19));
        // 1 … 5 roles
        assertFigure(r, "by-role-count", l(53, 20, 5, 0, 0), l(30, 20, 5, 0, 0));
        // raising children, caregiving, disability (consented only)
        assertFigure(r, "by-circumstance", l(39, 19, 2), l(19, 9, 2));

        Figure months = r.figures().get(4);
        assertThat(months.data().categories()).containsExactly("4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                "12月", "1月", "2月", "3月");
        assertThat(months.data().series()).extracting(ChartData.Series::name).containsExactly("2022年度", "2021年度");
        assertThat(r.figures().get(10).description()).contains("39人").contains("19人");
        assertThat(r.figures().get(3).counts()).isFalse();
        assertThat(r.figures().get(0).counts()).isTrue();
    }

    @Test
    void while_the_year_runs_the_report_date_is_today_and_months_stop_at_this_month() {
        clock.setFixed(Instant.parse("2022-11-15T03:00:00Z"));
        CouncilReport.Report r = figures.compute(ReportScope.town(town), FiscalYear.of(2022), Locale.ENGLISH);

        assertThat(r.reportDate()).contains(java.time.LocalDate.of(2022, 11, 15));
        assertFigure(r, "registered-now", l(66, 0, 66), l(55, 0, 55));
        assertFigure(r, "registered-total", l(87, 21, 66), l(60, 5, 55));
        assertFigure(r, "registrations-by-month", l(4, 4, 4, 3, 3, 3, 3, 3), repeat(5, 8));
        assertFigure(r, "withdrawals-by-month", l(0, 0, 0, 0, 0, 0, 16, 0), repeat(0, 8));
        assertThat(r.figures().get(4).data().categories()).containsExactly("Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov");

        // before the 10th, November's registrations have not happened yet, nor last year's by the same day
        clock.setFixed(Instant.parse("2022-11-05T03:00:00Z"));
        CouncilReport.Report early = figures.compute(ReportScope.town(town), FiscalYear.of(2022), Locale.ENGLISH);
        assertFigure(early, "registrations-by-month", l(4, 4, 4, 3, 3, 3, 3, 0), l(5, 5, 5, 5, 5, 5, 5, 0));
        assertThat(early.figures().get(4).data().series()).extracting(ChartData.Series::name)
                .containsExactly("FY2022", "FY2021");
    }

    @Test
    void a_town_with_no_workers_and_a_year_not_begun_are_empty_states_not_zeros() {
        CouncilReport.Report none = figures.compute(ReportScope.town(otherTown), FiscalYear.of(2022), Locale.JAPANESE);
        assertThat(none.emptyReason()).contains(CouncilReport.EMPTY_NO_DATA);
        assertThat(none.figures()).hasSize(28).allSatisfy(f -> {
            assertThat(f.isEmpty()).isTrue();
            assertThat(f.svg()).isEmpty();
        });
        // the worker figures say no one registered; the other sections give their own reasons (WorkFiguresTests)
        assertThat(none.sections().get(0).figures()).hasSize(11)
                .allSatisfy(f -> assertThat(f.emptyReason()).contains(CouncilReport.EMPTY_NO_DATA));

        FiscalYear next = FiscalYear.of(clock.today()).next();
        CouncilReport.Report future = figures.compute(ReportScope.town(town), next, Locale.JAPANESE);
        assertThat(future.reportDate()).isEmpty();
        assertThat(future.emptyReason()).contains(CouncilReport.EMPTY_FUTURE);
        assertThat(future.figures()).allSatisfy(f -> assertThat(f.data().isEmpty()).isTrue());

        // before the first registration: nothing yet (FY2020 ended before anyone registered)
        assertThat(figures.compute(ReportScope.town(town), FiscalYear.of(2020), Locale.JAPANESE).emptyReason())
                .contains(CouncilReport.EMPTY_NO_DATA);
    }

    @Test
    void a_re_registration_counts_as_a_second_registration_and_an_applicant_who_drops_out_as_none() {
        long t = organizations.registerMunicipality("再登録町" + System.nanoTime(), "さいとうろくちょう", "20", 1000);
        long id = workers.apply(WorkerFixtures.application(t), java.time.LocalDate.of(2022, 4, 1));
        workers.markBriefed(id, java.time.LocalDate.of(2022, 4, 5));
        workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, java.time.LocalDate.of(2022, 5, 10));
        workers.withdraw(id, jp.hataraku.workers.WithdrawalReason.MOVED, null, java.time.LocalDate.of(2022, 7, 1));
        workers.reregister(id, jp.hataraku.workers.WorkerStatus.BRIEFED, java.time.LocalDate.of(2022, 9, 1));
        workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, java.time.LocalDate.of(2022, 10, 3));
        long dropped = workers.apply(WorkerFixtures.application(t), java.time.LocalDate.of(2022, 6, 1));
        workers.markBriefed(dropped, java.time.LocalDate.of(2022, 6, 2));
        workers.withdraw(dropped, jp.hataraku.workers.WithdrawalReason.EMPLOYMENT, null,
                java.time.LocalDate.of(2022, 6, 3));

        CouncilReport.Report r = figures.compute(ReportScope.town(t), FiscalYear.of(2022), Locale.JAPANESE);
        assertFigure(r, "registered-total", l(2, 1, 1), l(0, 0, 0));
        assertFigure(r, "withdrawn-by-reason", l(0, 1, 0), l(0, 0, 0));
        assertFigure(r, "registrations-by-month", l(0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0), repeat(0, 12));
        assertFigure(r, "withdrawals-by-month", l(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0), repeat(0, 12));
        // 1 of 1,000 residents = 1 per mille
        assertFigure(r, "population-share", l(1), l(0));
    }

    @Test
    void per_mille_is_rounded_half_up_in_integers() {
        assertThat(WorkerFigures.perMille(78, 7000)).isEqualTo(11);
        assertThat(WorkerFigures.perMille(55, 7000)).isEqualTo(8);
        assertThat(WorkerFigures.perMille(7, 2000)).isEqualTo(4); // 3.5 → 4
        assertThat(WorkerFigures.perMille(0, 7000)).isZero();
        assertThat(WorkerFigures.perMille(7000, 7000)).isEqualTo(1000);
    }

    private RequestPostProcessor staff(Role role, long scope) throws Exception {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(role, scope)));
        return SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    @Test
    void the_workbook_and_the_open_data_agree_with_the_dashboard_figures() throws Exception {
        RequestPostProcessor contractorStaff = staff(Role.CONTRACTOR_STAFF, 0);
        CouncilReport.Report report = figures.compute(ReportScope.town(town), FiscalYear.of(2022), Locale.JAPANESE);

        byte[] xlsx = mvc.perform(get("/reports/workbook.xlsx").param("town", String.valueOf(town)).param("year", "2022")
                        .with(contractorStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (Figure f : report.figures()) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet(f.id());
                assertThat(sheet).as(f.id()).isNotNull();
                for (int c = 0; c < f.data().categories().size(); c++) {
                    org.apache.poi.ss.usermodel.Row row = rowOf(sheet, f.data().categories().get(c));
                    for (int s2 = 0; s2 < f.data().series().size(); s2++) {
                        assertThat((long) row.getCell(s2 + 1).getNumericCellValue()).as(f.id() + " " + c + " " + s2)
                                .isEqualTo(f.data().series().get(s2).values().get(c));
                    }
                }
            }
        }

        // the town's 全国地方公共団体コード, once recorded, names it in the open data (typed as five digits)
        var details = organizations.municipalityDetails(town).orElseThrow();
        var d = details.value();
        assertThat(organizations.updateMunicipality(town, details.version(), new jp.hataraku.organization.MunicipalityDetails(
                d.name(), d.nameKana(), d.prefectureCode(), d.population(), d.populationAsOf(), null, "20599")).isValid())
                .isTrue();
        String code = "20599" + jp.hataraku.organization.LocalGovernmentCode.checkDigit("20599");
        String csv = mvc.perform(get("/reports/opendata.csv").param("town", String.valueOf(town)).param("year", "2022")
                        .with(contractorStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // 図表ID, 区分, 系列, 値 and 秘匿 of each row
        java.util.Map<String, String> values = new java.util.HashMap<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.replace("\uFEFF", "")))) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                values.put(r.get("図表ID") + "|" + r.get("区分") + "|" + r.get("系列"), r.get("値") + "|" + r.get("秘匿"));
                assertThat(r.get("全国地方公共団体コード")).isEqualTo(code);
            }
        }
        assertThat(values.get("by-gender|女性|2022年度")).isEqualTo("63|");
        assertThat(values.get("by-gender|男性|2022年度")).isEqualTo("15|");

        byte[] pdf = mvc.perform(get("/reports/report.pdf").param("town", String.valueOf(town)).param("year", "2022")
                        .with(contractorStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("令和4年度").contains("女性").contains("63").contains("15");
        }
        // withdrawn: 12 employment, 2 moved (masked), 7 other (masked too, or 2 = 21 − 12 − 7 could be worked out)
        assertThat(values.get("withdrawn-by-reason|その他|2022年度")).isEqualTo("|X");
        for (Figure f : report.figures()) {
            for (int c = 0; c < f.data().categories().size(); c++) {
                for (ChartData.Series series : f.data().series()) {
                    long v = series.values().get(c);
                    String key = f.id() + "|" + f.data().categories().get(c) + "|" + series.name();
                    boolean masked = f.counts() && jp.hataraku.reports.SmallCellSuppression.standard()
                            .suppress(series.values()).get(c).isEmpty();
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

    @Test
    void the_dashboard_shows_the_tables_for_staff_and_refuses_another_towns_staff() throws Exception {
        RequestPostProcessor contractorStaff = staff(Role.CONTRACTOR_STAFF, 0);
        mvc.perform(get("/reports").param("town", String.valueOf(town)).param("year", "2022").with(contractorStaff)
                        .locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2022年度（令和4年度）")))
                .andExpect(content().string(containsString("id=\"registered-total-table\"")))
                .andExpect(content().string(containsString("<caption id=\"by-gender-caption\"")))
                .andExpect(content().string(containsString("<th scope=\"row\">女性</th>")))
                .andExpect(content().string(containsString("data-value=\"63\"")))
                .andExpect(content().string(containsString("1.1%（11‰）")))
                .andExpect(content().string(not(containsString("id=\"report-empty\""))));
        mvc.perform(get("/reports").param("town", String.valueOf(town)).param("year", "2022").param("lang", "en")
                        .with(contractorStaff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"row\">Women</th>")))
                .andExpect(content().string(containsString("As of 31 Mar 2023")));
        mvc.perform(get("/reports").with(contractorStaff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-filters\"")));

        RequestPostProcessor ownStaff = staff(Role.TOWN_STAFF, town);
        mvc.perform(get("/reports").param("year", "2022").with(ownStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-value=\"78\"")))
                .andExpect(content().string(not(containsString("すべての自治体</option>"))));

        RequestPostProcessor otherStaff = staff(Role.TOWN_STAFF, otherTown);
        mvc.perform(get("/reports").param("town", String.valueOf(town)).param("year", "2022").with(otherStaff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports").param("year", "2022").with(otherStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-empty\"")))
                .andExpect(content().string(containsString("登録した住民ワーカーがいません")))
                .andExpect(content().string(not(containsString("data-value="))));
    }

    @Test
    void unknown_and_future_years_and_unknown_towns_show_a_clear_empty_state() throws Exception {
        RequestPostProcessor admin = staff(Role.SYSTEM_ADMIN, 0);
        for (String[] params : Stream.of(new String[] {"year", "abc"}, new String[] {"year", "1850"},
                new String[] {"town", "999999999"}, new String[] {"town", "x"},
                new String[] {"year", String.valueOf(FiscalYear.of(clock.today()).next().startYear())}).toList()) {
            mvc.perform(get("/reports").param(params[0], params[1]).with(admin).locale(Locale.JAPANESE))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"report-empty\"")))
                    .andExpect(content().string(not(containsString("data-value="))));
        }
        mvc.perform(get("/reports").param("year", "abc").with(admin).locale(Locale.JAPANESE))
                .andExpect(content().string(containsString("その年度はわかりません")));
        mvc.perform(get("/reports").param("town", "999999999").with(admin).locale(Locale.JAPANESE))
                .andExpect(content().string(containsString("その自治体は見つかりません")));
    }
}
