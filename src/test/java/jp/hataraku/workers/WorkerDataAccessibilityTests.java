package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The private-data, export and import pages pass axe-core (WCAG 2.1 AA) and do not scroll sideways at 320 px. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerDataAccessibilityTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;

    WebDriver browser;
    Path profile;
    long worker;
    String workerEmail;
    String adminEmail;

    @BeforeAll
    void start() throws Exception {
        long town = organizations.registerMunicipality("癸町" + System.nanoTime(), "きちょう", "20", 2000);
        workerEmail = WorkerFixtures.uniqueEmail("a11y");
        worker = workers.apply(WorkerFixtures.application(town, "山田 花子", "やまだ はなこ", workerEmail));
        adminEmail = WorkerFixtures.uniqueEmail("admin");
        accounts.createAccount(adminEmail, "管理者", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.SYSTEM_ADMIN)));
        profile = Files.createTempDirectory("chromium-a11y");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(WorkerFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void assertAccessible() {
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        browser.manage().window().setSize(new Dimension(1200, 900));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(results.getViolations()).as(browser.getCurrentUrl()).extracting(Rule::getId).isEmpty();
        browser.manage().window().setSize(new Dimension(320, 800));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('main').scrollWidth > document.querySelector('main').clientWidth + 1;");
        assertThat(overflow).as("sideways scroll at 320 px on " + browser.getCurrentUrl()).isEqualTo(false);
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
    }

    @Test
    void the_workers_bank_page_with_and_without_errors_is_accessible() {
        signIn(workerEmail);
        open("/me/bank");
        assertAccessible();
        browser.findElement(By.id("bankCode")).sendKeys("0001");
        browser.findElement(By.id("branchCode")).sendKeys("001");
        browser.findElement(By.id("accountNumber")).sendKeys("12x");
        browser.findElement(By.id("holderName")).sendKeys("山田はなこ");
        browser.findElement(By.id("bank-submit")).click();
        assertThat(browser.getPageSource()).contains("holderName-error");
        assertAccessible();
    }

    @Test
    void choosing_a_bank_and_a_branch_from_the_search_fills_their_codes() {
        signIn(workerEmail);
        open("/me/bank");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10));
        browser.findElement(By.id("bank-query")).sendKeys("ﾐｽﾞﾎ");
        wait.until(d -> !d.findElements(By.id("bank-0001")).isEmpty());
        assertAccessible();
        browser.manage().window().setSize(new Dimension(1200, 900));
        browser.findElement(By.id("bank-0001")).click();
        assertThat(browser.findElement(By.id("bankCode")).getDomProperty("value")).isEqualTo("0001");
        browser.findElement(By.id("branch-query")).sendKeys("とうきょう");
        wait.until(d -> !d.findElements(By.id("branch-001")).isEmpty());
        browser.findElement(By.id("branch-001")).click();
        assertThat(browser.findElement(By.id("branchCode")).getDomProperty("value")).isEqualTo("001");
    }

    @Test
    void the_back_office_pages_and_the_import_pages_are_accessible() throws Exception {
        signIn(adminEmail);
        open("/workers/" + worker + "/bank");
        assertAccessible();
        open("/workers/" + worker + "/my-number");
        assertAccessible();
        open("/workers/import");
        assertAccessible();
        Path csv = Files.createTempFile(profile, "roster", ".csv");
        Files.write(csv, ("氏名,ふりがな,生年月日,郵便番号,住所,電話番号,メールアドレス\r\n"
                + "佐藤 一郎,さとう いちろう,1980/1/2,389-0111,長野県,090-1111-2222,a11y-roster@example.jp\r\n"
                + "田中,Tanaka,1990/2/30,1,長野県,1,x\r\n").getBytes(Charset.forName("windows-31j")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("municipalityId"))).selectByIndex(1);
        browser.findElement(By.id("import-file")).sendKeys(csv.toString());
        browser.findElement(By.id("import-preview")).click();
        assertThat(browser.findElements(By.id("import-errors"))).hasSize(1);
        assertAccessible();
    }
}
