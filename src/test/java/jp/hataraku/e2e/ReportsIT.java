package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.ReferenceTown;
import jp.hataraku.reports.internal.export.ReportExports;
import jp.hataraku.reports.internal.export.ReportWorkbook;
import jp.hataraku.workers.Workers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5: contractor staff open the council dashboard, choose the reference town, a contractor and
 * fiscal 2022 with the GET filters (no script needed), read the figures' tables by section, then a
 * year not begun shows an empty state. They start background exports (a workbook of two years, a
 * PDF of one), watch the progress bar and download the files once done. axe-core on each page, and
 * at 320 px.
 */
class ReportsIT extends BrowserTest {

    private static final String PASSWORD = "reports-journey-Secret-2026";
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPREPORTS2";

    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private final String staffEmail = "reports-staff-" + System.nanoTime() + "@example.jp";
    private long town;
    private long contractor;
    private final String contractorName = "報告テレワーク公社" + System.nanoTime();

    @BeforeAll
    void data() {
        town = ReferenceTown.build(organizations, workers, jdbc, "報告町" + System.nanoTime());
        long staff = accounts.createAccount(staffEmail, "公社 事務局", PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, TOTP_SECRET);
        contractor = organizations.registerContractor(new Organizations.NewContractor(contractorName, "ほうこくこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県報告町1-1"));
        organizations.serve(contractor, town);
    }

    @Test
    void staff_filter_the_dashboard_and_export_in_the_background() throws Exception {
        signInStaff(staffEmail, PASSWORD, new TestTotp(TOTP_SECRET));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/reports");
        assertThat(find("#report-filters")).isNotNull();
        assertPageIsGood();

        new Select(find("#town")).selectByValue(String.valueOf(town));
        new Select(find("#contractor")).selectByValue(String.valueOf(contractor));
        new Select(find("#year")).selectByValue("2022");
        find("#show-report").click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("registered-total-table")).isEmpty());
        assertThat(find("#report-year").getText()).isEqualTo("2022年度（令和4年度）");
        assertThat(find("#report-contractor").getText()).isEqualTo(contractorName);
        // sections are h2, their figures h3, and the contents list the figures under their section
        assertThat(find("#section-workers h2").getText()).isEqualTo("住民ワーカー");
        assertThat(find("#registered-total h3").getText()).isEqualTo("累計登録・累計退会");
        assertThat(driver.findElements(By.cssSelector("nav .report-contents > li > ul > li a[href='#registered-total']")))
                .hasSize(1);
        assertThat(find("#report-date").getText()).contains("2023年3月31日（令和5年）");
        assertThat(find("#registered-total-table").getText()).contains("累計登録 99 60").contains("累計退会 21 5")
                .contains("登録中 78 55");
        assertThat(find("#withdrawn-by-reason-table").getText()).contains("就職 12 3").contains("転居 2 1")
                .contains("その他 7 1");
        assertThat(find("#by-gender-table").getText()).contains("女性 63 32").contains("男性 15 23");
        assertThat(find("#population-share-table").getText()).contains("1.1%（11‰）");
        assertThat(find("#registered-now svg[role=img] title").getAttribute("textContent"))
                .isEqualTo("登録中の住民ワーカー");
        // 11 worker figures with tables; the work, engagement and WORK TRIP figures of a town no contractor serves are empty states
        assertThat(driver.findElements(By.cssSelector("#section-workers section.report-figure"))).hasSize(11);
        assertThat(driver.findElements(By.cssSelector("#section-workers section.report-figure table caption"))).hasSize(11);
        assertThat(driver.findElements(By.cssSelector("section.report-figure"))).hasSize(28);
        assertThat(driver.findElements(By.cssSelector("section.report-figure table caption"))).hasSize(11);
        assertThat(find("#worktrip-companies-empty").getText()).contains("WORK TRIP");
        assertPageIsGood();

        // a workbook of two fiscal years, made in the background
        new Select(find("#export-kind")).selectByValue("XLSX");
        new Select(find("#export-from")).selectByValue("2021");
        new Select(find("#export-to")).selectByValue("2022");
        clickAndWaitForNewPage("#start-export");
        assertThat(currentPath()).matches("/reports/exports/\\d+");
        assertThat(find("#job-years").getText()).isEqualTo("2021年度（令和3年度） – 2022年度（令和4年度）");
        byte[] xlsx = downloadWhenDone(ReportExports.XLSX_TYPE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("registered-total-2022")).isNotNull();
            assertThat(book.getSheet("registered-total-2021")).isNotNull();
            assertThat(book.getSheet("registered-total-2022").getRow(ReportWorkbook.TABLE_HEADER_ROW + 1).getCell(1)
                    .getNumericCellValue()).isEqualTo(99);
        }

        // the PDF council report of one year, with its charts
        find("#job-back").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("export-kind")).isEmpty());
        new Select(find("#export-kind")).selectByValue("PDF");
        new Select(find("#export-from")).selectByValue("2022");
        new Select(find("#export-to")).selectByValue("2022");
        clickAndWaitForNewPage("#start-export");
        byte[] pdf = downloadWhenDone("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            // the cover's title wraps: compare without line breaks
            assertThat(java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "")).contains("累計登録", contractorName);
        }
        visit("/reports?town=" + town + "&contractor=" + contractor + "&year=2022");

        new Select(find("#year")).selectByIndex(0); // this fiscal year: the list is newest first
        find("#show-report").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("year="));
        visit("/reports?town=" + town + "&year=2099");
        assertThat(find("#report-empty").getText()).contains("この年度はまだ始まっていません");
        assertThat(driver.findElements(By.cssSelector("td[data-value]"))).isEmpty();
        assertPageIsGood();

        // an unknown contractor is an empty state, not an error
        visit("/reports?town=" + town + "&contractor=999999999&year=2022");
        assertThat(find("#report-empty").getText()).contains("その受託事業者は見つかりません");
        assertPageIsGood();
    }

    /** Waits on the job page until the job is done (htmx polls the progress), checks the page, downloads the file. */
    private byte[] downloadWhenDone(String contentType) throws Exception {
        assertThat(find("#job-progress progress")).isNotNull();
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
            List<org.openqa.selenium.WebElement> status = d.findElements(By.cssSelector("#job-progress[data-status]"));
            return !status.isEmpty() && List.of("DONE", "FAILED").contains(status.get(0).getAttribute("data-status"));
        });
        assertThat(find("#job-progress").getAttribute("data-status")).isEqualTo("DONE");
        assertThat(find("#job-percent").getText()).isEqualTo("100%");
        assertPageIsGood();
        return download(find("#job-download").getAttribute("href"), contentType);
    }
}
