package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every identity page passes axe-core WCAG 2.1 AA and fits a 320 px wide screen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityPagesAccessibilityIT {

    private static final String PASSWORD = "a long and unusual passphrase";
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium-identity"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        driver.manage().window().setSize(new Dimension(320, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void identity_pages_pass_axe_and_fit_320_px() throws Exception {
        List<String> problems = new ArrayList<>();
        check("/login", problems);
        check("/login?error", problems);
        check("/login?locked=12:15", problems);
        check("/login?lang=en", problems);
        check("/password-reset?lang=ja", problems);
        driver.findElement(By.id("email")).sendKeys("not-an-address");
        driver.findElement(By.cssSelector("form[action='/password-reset'] button")).click();
        audit("/password-reset (error)", problems);
        check("/password-reset/no-such-token", problems);

        String worker = "worker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createAccount(worker, "山田 花子", PASSWORD, List.of(Accounts.RoleGrant.of(Role.WORKER)));
        signIn(worker);
        check("/account", problems);
        assertThat(driver.getPageSource()).contains("passkey-register");
        driver.findElement(By.id("token-name")).sendKeys("集計スクリプト");
        driver.findElement(By.cssSelector("form[action='/account/tokens'] button")).click();
        audit("/account (new token)", problems);
        assertThat(driver.findElement(By.id("new-token")).getText()).startsWith("htk_");
        signOut();

        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        long adminId = accounts.createAccount(admin, "管理 太郎", PASSWORD, List.of(Accounts.RoleGrant.of(Role.SYSTEM_ADMIN)));
        signIn(admin);
        audit("/login/totp/enrol", problems);
        assertThat(driver.getCurrentUrl()).endsWith("/login/totp/enrol");
        driver.findElement(By.id("code")).sendKeys("000000");
        driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
        audit("/login/totp/enrol (wrong code)", problems);
        driver.findElement(By.id("code")).sendKeys(totp(adminId));
        driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
        audit("recovery codes", problems);
        assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        check("/admin/audit", problems);
        assertThat(driver.findElements(By.cssSelector("tr.audit-entry"))).isNotEmpty();
        check("/admin/audit?from=2026-99-99", problems);
        signOut();
        signIn(admin);
        audit("/login/totp", problems);
        assertThat(driver.getCurrentUrl()).endsWith("/login/totp");

        assertThat(problems).isEmpty();
    }

    @Test
    void a_worker_registers_a_passkey_and_signs_in_with_it() {
        VirtualAuthenticator authenticator = driver.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
        try {
            String worker = "passkey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
            accounts.createAccount(worker, "鈴木 一郎", PASSWORD, List.of(Accounts.RoleGrant.of(Role.WORKER)));
            signIn(worker);
            driver.get("http://localhost:" + port + "/account");
            driver.findElement(By.id("passkey-label")).sendKeys("わたしのスマートフォン");
            driver.findElement(By.id("passkey-register")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/account?passkey"));
            assertThat(authenticator.getCredentials()).hasSize(1);
            signOut();

            driver.get("http://localhost:" + port + "/login");
            driver.findElement(By.id("passkey-signin")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals("http://localhost:" + port + "/"));
            driver.get("http://localhost:" + port + "/account");
            assertThat(driver.getPageSource()).contains(worker);
            signOut();
        } finally {
            driver.removeVirtualAuthenticator(authenticator);
        }
    }

    private void check(String path, List<String> problems) {
        driver.get("http://localhost:" + port + path);
        audit(path, problems);
    }

    private void audit(String name, List<String> problems) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        for (Rule violation : results.getViolations()) {
            problems.add(name + ": " + violation.getId() + " " + violation.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget())).toList());
        }
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) overflow).intValue() > 0) {
            problems.add(name + ": wider than 320 px by " + overflow);
        }
    }

    private void signIn(String email) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().equals("http://localhost:" + port + "/login"));
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private String totp(long accountId) throws Exception {
        String secret = jdbc.sql("SELECT totp_secret FROM user_account WHERE id = :id").param("id", accountId)
                .query(String.class).single();
        byte[] key = base32(secret);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 1000 / 30).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
