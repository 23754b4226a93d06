package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff import a small CSV: the preview lists the bad row, the valid rows are imported and the
 * progress page reaches 完了 by itself (htmx polling). A client user accepts a delivery in the
 * portal. Every page passes axe-core.
 */
class ImportAndDeliveryIT extends BrowserTest {

    private static final String STAFF_TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;

    private final TestTotp staffTotp = new TestTotp(STAFF_TOTP_SECRET);
    private String staffEmail;
    private long importJob;

    @BeforeAll
    void data() {
        staffEmail = WorkerFixtures.uniqueEmail("import-staff");
        long staff = accounts.createAccount(staffEmail, "取込 担当", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, STAFF_TOTP_SECRET);
        importJob = fixtures.openPoolJob(clock.today(), 2);
    }

    private void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    @Test
    void staff_import_a_csv_through_the_preview_and_watch_it_become_ready() throws Exception {
        signInStaff(staffEmail, WorkerFixtures.PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/jobs/" + importJob + "/batches");
        assertThat(find("h1").getText()).isEqualTo("作業データ");
        assertAccessible();

        Path csv = Files.createTempFile("cards", ".csv");
        Files.writeString(csv, "画像,会社名\r\ncard-1.png,山の辺商事\r\ncard-2.png\r\ncard-3.png,川瀬村役場\r\n",
                StandardCharsets.UTF_8);
        find("#batch-file").sendKeys(csv.toAbsolutePath().toString());
        find("#batch-preview").click();
        waitFor("#preview-summary");
        assertThat(find("#preview-summary").getText()).contains("データ行 3 行").contains("正しい行 2 行");
        assertThat(find("#problem-table").getText()).contains("3").contains("セルが足りません");
        assertAccessible();

        find("#batch-confirm").click();
        waitFor("#batch-progress");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("batch-status")).getText().equals("完了"));
        assertThat(find("#batch-counts").getText()).contains("2 / 2");
        assertAccessible();
        assertWorksAt320px();
        Files.deleteIfExists(csv);
    }

    @Test
    void a_client_user_accepts_a_delivery_in_the_portal() {
        long job = fixtures.openPoolJob(clock.today(), 1);
        long batch = fixtures.batch(job, 2);
        jdbc.sql("UPDATE job SET status = 'DELIVERED' WHERE id = :j").param("j", job).update();
        jdbc.sql("""
                UPDATE item SET status = 'APPROVED', final_result = '{"name":"山田 太郎","company":"株式会社サンプル","phone":"0312345678"}'
                WHERE batch_id = :b""").param("b", batch).update();
        long delivery = jdbc.sql("""
                INSERT INTO delivery (job_id, contractor_id, format, item_count, delivered_on)
                SELECT id, contractor_id, 'csv', 2, :on FROM job WHERE id = :j RETURNING id""")
                .param("j", job).param("on", clock.today()).query(Long.class).single();
        String clientEmail = WorkerFixtures.uniqueEmail("client");
        accounts.createAccount(clientEmail, "顧客 担当", WorkerFixtures.PASSWORD,
                List.of(new Accounts.RoleGrant(Role.CLIENT_USER, jobs.find(job).orElseThrow().clientId())));

        signIn(clientEmail, WorkerFixtures.PASSWORD);
        visit("/portal/jobs");
        assertAccessible();
        driver.findElement(By.cssSelector("a[href$='/portal/jobs/" + job + "']")).click();
        waitFor("#progress-summary");
        assertThat(find("#progress-done").getText()).startsWith("2");
        assertAccessible();
        assertWorksAt320px();

        find("#decide-submit-" + delivery).click();
        waitFor("#delivery-notice");
        assertThat(find("#delivery-notice").getText()).isEqualTo("検収を記録しました。");
        assertThat(find("#delivery-status-" + delivery).getText()).contains("検収済み");
        assertAccessible();
        assertThat(jobs.find(job).map(j -> j.status().name())).isEqualTo(Optional.of("ACCEPTED"));
    }
}
