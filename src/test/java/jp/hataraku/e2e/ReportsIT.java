package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.ReferenceTown;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5: contractor staff open the council dashboard, choose the reference town and fiscal 2022
 * with the GET filters (no script needed), read the figures' tables, then a year not begun shows
 * an empty state. axe-core on each page, and at 320 px.
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

    @BeforeAll
    void data() {
        town = ReferenceTown.build(organizations, workers, jdbc, "報告町" + System.nanoTime());
        long staff = accounts.createAccount(staffEmail, "公社 事務局", PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, TOTP_SECRET);
    }

    @Test
    void staff_filter_the_dashboard_by_town_and_fiscal_year() {
        signInStaff(staffEmail, PASSWORD, new TestTotp(TOTP_SECRET));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/reports");
        assertThat(find("#report-filters")).isNotNull();
        assertPageIsGood();

        new Select(find("#town")).selectByValue(String.valueOf(town));
        new Select(find("#year")).selectByValue("2022");
        find("#show-report").click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("registered-total-table")).isEmpty());
        assertThat(find("#report-year").getText()).isEqualTo("2022年度（令和4年度）");
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
        assertThat(driver.findElements(By.cssSelector("section.report-figure"))).hasSize(28);
        assertThat(driver.findElements(By.cssSelector("section.report-figure table caption"))).hasSize(11);
        assertThat(find("#worktrip-companies-empty").getText()).contains("WORK TRIP");
        assertPageIsGood();

        new Select(find("#year")).selectByIndex(0); // this fiscal year: the list is newest first
        find("#show-report").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("year="));
        visit("/reports?town=" + town + "&year=2099");
        assertThat(find("#report-empty").getText()).contains("この年度はまだ始まっていません");
        assertThat(driver.findElements(By.cssSelector("td[data-value]"))).isEmpty();
        assertPageIsGood();
    }
}
