package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.transfer.ZenginFile;
import jp.hataraku.payouts.internal.transfer.ZenginParser;
import jp.hataraku.payouts.transfer.TransferFixtures;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contractor staff open a confirmed period's transfer validation report, see who cannot be paid and
 * why, and download the Zengin file, which the test parses back. Every page passes axe-core.
 */
class TransferIT extends BrowserTest {

    private static final String STAFF_TOTP_SECRET = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ";
    private static final String PASSWORD = "transfer-journey-Secret-2026";

    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;
    @Autowired
    JdbcClient jdbc;

    private final TestTotp staffTotp = new TestTotp(STAFF_TOTP_SECRET);
    private final String staffEmail = "transfer-staff-" + System.nanoTime() + "@example.jp";
    private long period;
    private long paid;
    private long unpaid;
    private long contractor;
    private String workerEmail;

    @BeforeAll
    void data() {
        long town = organizations.registerMunicipality("振込村", "ふりこみむら", "20", 3000);
        contractor = TransferFixtures.contractor(organizations, town, "8100005012345");
        workerEmail = "t-paid-" + System.nanoTime() + "@example.jp";
        paid = TransferFixtures.worker(workers, town, "山田 花子", "やまだ はなこ", workerEmail);
        workers.markBriefed(paid, LocalDate.of(2026, 4, 2));
        workers.acceptTerms(paid, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2026, 4, 3));
        unpaid = TransferFixtures.worker(workers, town, "佐藤 一郎", "さとう いちろう", "t-none-" + System.nanoTime() + "@example.jp");
        TransferFixtures.bankAccount(jdbc, paid, "0123456", "ﾔﾏﾀﾞ ﾊﾅｺ");
        period = TransferFixtures.confirmedPeriod(jdbc, contractor, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 25),
                List.of(new TransferFixtures.Pay(paid, town, Map.of(WorkKind.WRITING, 30_000L), 3_063),
                        new TransferFixtures.Pay(unpaid, town, Map.of(WorkKind.DATA_ENTRY, 12_000L), 0)));
        long staff = accounts.createAccount(staffEmail, "公社 経理", PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, STAFF_TOTP_SECRET);
    }


    @Test
    void staff_check_the_validation_report_and_download_the_zengin_file() {
        signInStaff(staffEmail, PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));

        visit("/payouts/transfers?lang=ja");
        assertPageIsGood();
        find("#period-" + period).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("summary")).isEmpty());
        assertPageIsGood();

        assertThat(find("#payable-count").getText()).isEqualTo("1");
        assertThat(find("#total").getAttribute("data-yen")).isEqualTo("26937");
        assertThat(find("#transfer-date").getAttribute("data-date")).isEqualTo("2026-11-25");
        assertThat(find("#unpaid-" + unpaid + " .reason").getText()).isEqualTo("振込先口座が登録されていません");
        assertThat(find("#payable-" + paid).getText()).contains("ﾔﾏﾀﾞ ﾊﾅｺ").doesNotContain("0123456");

        // Download through the page's own form (its CSRF token included), as the button does.
        byte[] bytes = submitForBytes("zengin-form");
        ZenginFile file = ZenginParser.parse(bytes);
        assertThat(bytes.length).isEqualTo(4 * 120 + 3 * 2);
        assertThat(file.header().transferDate()).isEqualTo(MonthDay.of(11, 25));
        assertThat(file.data()).singleElement().satisfies(d -> {
            assertThat(d.recipientName()).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
            assertThat(d.amount()).isEqualTo(26_937);
        });
        assertThat(file.trailer()).isEqualTo(new ZenginFile.Trailer(1, 26_937));

        // The file is now listed as produced.
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("history-table")).isEmpty());
        assertThat(find("#history-table").getText()).contains("ZENGIN");
        assertAccessible();
    }

    @Test
    void staff_see_the_annual_payment_record_and_a_worker_sees_their_own_slips() {
        signInStaff(staffEmail, PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/payouts/annual?lang=ja");
        assertPageIsGood();
        visit("/payouts/annual?contractorId=" + contractor + "&year=2026");
        assertPageIsGood();
        assertThat(find("#threshold-rule").getText()).contains("5万円");
        // 30,000 yen of writing: below the threshold, listed for information only.
        assertThat(find("#below-" + paid).getText()).contains("山田 花子").contains("30,000");
        assertThat(find("#filing-deadline").getAttribute("data-date")).isEqualTo("2027-02-01");

        driver.manage().deleteAllCookies();
        signIn(workerEmail, TransferFixtures.PASSWORD);
        visit("/me/payments/annual/2026");
        assertPageIsGood();
        assertThat(find("#slip-" + contractor).getAttribute("href")).endsWith("/me/payments/annual/2026/" + contractor + "/slip");
    }
}
