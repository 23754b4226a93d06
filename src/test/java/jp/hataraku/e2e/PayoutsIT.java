package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.payouts.internal.PayoutFixtures;
import jp.hataraku.payouts.internal.RewardLedger;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff close October through the pages (the background run's progress is polled by htmx), review
 * and confirm it, and read a notice; the worker then finds their notice under /me/payments. Every
 * page passes axe-core and fits 320 px.
 */
class PayoutsIT extends BrowserTest {

    private static final String TOTP_SECRET = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ";
    private static final String PASSWORD = "payouts-journey-Secret-2026";

    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    RewardLedger ledger;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;
    @Autowired
    jp.hataraku.shared.TokyoClock clock;

    private final String staffEmail = "payouts-staff-" + System.nanoTime() + "@example.jp";
    private PayoutFixtures.Place place;
    private long worker;

    @BeforeAll
    void data() {
        place = fixtures.place();
        long staff = accounts.createAccount(staffEmail, "公社 経理", PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, TOTP_SECRET);
        worker = fixtures.registeredWorker(place.town());
        LocalDate received = LocalDate.of(2026, 10, 6);
        ledger.taskApproved(PayoutFixtures.task(place, worker, WorkKind.WRITING, 45_000, received, received.plusDays(1)));
        ledger.timeApproved(PayoutFixtures.time(place, worker, WorkKind.DATA_ENTRY, 1_050, 95, received));
    }


    @Test
    void staff_close_and_confirm_and_the_worker_reads_the_notice() {
        signInStaff(staffEmail, PASSWORD, new TestTotp(TOTP_SECRET));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        // signed in (the one-time code follows the real clock): now a day before October's payment date
        clock.setFixed(java.time.OffsetDateTime.of(2026, 11, 10, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(9)).toInstant());
        try {
            closeAndConfirm();
        } finally {
            clock.reset();
        }
    }

    private void closeAndConfirm() {
        visit("/payouts?contractor=" + place.contractor() + "&lang=ja");
        assertPageIsGood();
        script("document.getElementById('month').value = '2026-10'");
        find("#start-closing").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("confirm")).isEmpty());
        assertThat(find("#total-gross").getText()).isEqualTo("46,663");
        // staff may pay earlier than the normal date: a bank business day up to it
        assertThat(find("#paymentDate").getAttribute("max")).isEqualTo("2026-11-25");
        assertThat(find("#paymentDate").getAttribute("min")).isEqualTo("2026-11-10");
        assertPageIsGood();
        script("document.getElementById('paymentDate').value = '2026-11-20'");
        clickAndWaitForNewPage("#change-payment-date");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("flash-done")).isEmpty());
        assertThat(find("#payment-date").getText()).contains("2026年11月20日");
        assertPageIsGood();
        find("#confirm").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("locked")).isEmpty());
        assertPageIsGood();
        find("#payouts a").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("purchase-statement")).isEmpty());
        assertPageIsGood();

        visit("/payouts/settings?contractor=" + place.contractor());
        assertPageIsGood();
        find("#paymentDay").clear();
        find("#paymentDay").sendKeys("30");
        script("document.getElementById('paymentDay').removeAttribute('max')");
        find("#save-settings").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("paymentDay-error")).isEmpty());
        assertPageIsGood();

        visit("/payouts/lines?contractor=" + place.contractor());
        find("#workerId").sendKeys(String.valueOf(worker));
        new Select(find("#kind")).selectByValue("WRITING");
        find("#amount").sendKeys("-1200");
        find("#reason").sendKeys("誤字の多い原稿の再作業分の差し引き");
        clickAndWaitForNewPage("#add-adjustment");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("lines")).isEmpty());
        assertPageIsGood();
        visit("/payouts/deadlines?contractor=" + place.contractor());
        assertPageIsGood();

        driver.manage().deleteAllCookies();
        signIn(workers.find(worker).orElseThrow().email(), jp.hataraku.workers.WorkerFixtures.PASSWORD);
        visit("/me/payments?lang=ja");
        assertPageIsGood();
        find("#payments a").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("notice-net")).isEmpty());
        assertPageIsGood();
        assertThat(find("#purchase-statement").getText()).contains("仕入明細書");
    }
}
