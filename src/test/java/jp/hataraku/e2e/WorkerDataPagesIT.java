package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worker's bank account page, the back office's private-data pages and the roster import
 * pass axe-core and fit 320 px; choosing a bank and a branch by name fills their codes.
 */
class WorkerDataPagesIT extends BrowserTest {

    private static final String ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;

    private long worker;
    private String workerEmail;
    private String adminEmail;
    private final TestTotp adminTotp = new TestTotp(ADMIN_TOTP_SECRET);

    @BeforeAll
    void data() {
        long town = organizations.registerMunicipality("癸町" + System.nanoTime(), "きちょう", "20", 2000);
        workerEmail = WorkerFixtures.uniqueEmail("a11y");
        worker = workers.apply(WorkerFixtures.application(town, "山田 花子", "やまだ はなこ", workerEmail));
        adminEmail = WorkerFixtures.uniqueEmail("admin");
        long admin = accounts.createAccount(adminEmail, "管理者", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.SYSTEM_ADMIN)));
        accounts.enrolTotp(admin, ADMIN_TOTP_SECRET);
    }

    /** The click's answer has loaded when the element it brings is there. */
    private void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id(id)).isEmpty());
    }


    @Test
    void the_workers_bank_page_with_and_without_errors_is_accessible() {
        signIn(workerEmail, WorkerFixtures.PASSWORD);
        visit("/me/bank");
        assertPageIsGood();
        find("#bankCode").sendKeys("0001");
        find("#branchCode").sendKeys("001");
        find("#accountNumber").sendKeys("12x");
        find("#holderName").sendKeys("山田はなこ");
        find("#bank-submit").click();
        waitFor("accountNumber-error");
        assertThat(driver.findElements(By.id("holderName-error"))).hasSize(1);
        assertPageIsGood();
    }

    @Test
    void choosing_a_bank_and_a_branch_from_the_search_fills_their_codes() {
        signIn(workerEmail, WorkerFixtures.PASSWORD);
        visit("/me/bank");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        find("#bank-query").sendKeys("ﾐｽﾞﾎ");
        wait.until(d -> !d.findElements(By.id("bank-0001")).isEmpty());
        assertAccessible();
        find("#bank-0001").click();
        assertThat(find("#bankCode").getDomProperty("value")).isEqualTo("0001");
        find("#branch-query").sendKeys("とうきょう");
        wait.until(d -> !d.findElements(By.id("branch-001")).isEmpty());
        find("#branch-001").click();
        assertThat(find("#branchCode").getDomProperty("value")).isEqualTo("001");
    }

    @Test
    void the_back_office_pages_and_the_import_pages_are_accessible() throws Exception {
        signInStaff(adminEmail, WorkerFixtures.PASSWORD, adminTotp);
        visit("/workers/" + worker + "/bank");
        assertPageIsGood();
        visit("/workers/" + worker + "/my-number");
        assertPageIsGood();
        visit("/workers/import");
        assertPageIsGood();
        Path csv = Files.createTempFile("roster", ".csv");
        Files.write(csv, ("氏名,ふりがな,生年月日,郵便番号,住所,電話番号,メールアドレス\r\n"
                + "佐藤 一郎,さとう いちろう,1980/1/2,389-0111,長野県,090-1111-2222,a11y-roster@example.jp\r\n"
                + "田中,Tanaka,1990/2/30,1,長野県,1,x\r\n").getBytes(Charset.forName("windows-31j")));
        new Select(find("#municipalityId")).selectByIndex(1);
        find("#import-file").sendKeys(csv.toString());
        find("#import-preview").click();
        waitFor("import-errors");
        assertPageIsGood();
        Files.deleteIfExists(csv);
    }
}
