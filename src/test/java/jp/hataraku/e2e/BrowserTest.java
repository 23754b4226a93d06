package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the browser tests: the whole application on a random port (a fresh PostgreSQL
 * database per application context) and one headless Chromium per test class, started before
 * its first test and closed after its last. Every test starts without cookies at desktop size.
 * Subclasses use {@link #visit}, {@link #signIn}, {@link #find}, {@link #assertAccessible()},
 * {@link #assertWorksAt320px()}, {@link #assertJapaneseFont} and {@link #driver}. A failing test
 * leaves a screenshot in {@code target/e2e-screenshots/}. Name subclasses {@code *IT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path JAPANESE_FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Path profileDir;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotIfFailed;

    @BeforeAll
    void startBrowser() throws IOException {
        assertThat(JAPANESE_FONT)
                .as("a Japanese font for the browser: apt-get install -y fonts-ipaexfont").exists();
        profileDir = Files.createTempDirectory("hataraku-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(DESKTOP);
    }

    /** Each test starts as a new visitor: no session, no language cookie, desktop size. */
    @BeforeEach
    void newVisitor() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        driver.manage().window().setSize(DESKTOP);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Opens a path of the application, e.g. {@code visit("/login?lang=en")}. */
    protected void visit(String path) {
        driver.get(url(path));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The path and query of the current page, e.g. {@code /login?lang=en}. */
    protected String currentPath() {
        String current = driver.getCurrentUrl();
        return current.substring(url("").length());
    }

    /**
     * Signs in through the login form (password only). For staff, who will need a second
     * factor, extend this rather than calling the form from each test.
     */
    protected void signIn(String email, String password) {
        visit("/login");
        find("#username").sendKeys(email);
        find("#password").sendKeys(password);
        find("form[action$='/login'] button[type=submit]").click();
        // The next visit() must not cut the sign-in short: wait until the form has been answered.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !currentPath().equals("/login"));
    }

    /**
     * Signs a staff member in with the password and then a TOTP code; the account's secret was
     * enrolled with {@code Accounts.enrolTotp} and is held by {@code totp}.
     */
    protected void signInStaff(String email, String password, TestTotp totp) {
        signIn(email, password);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/login/totp"));
        find("#code").sendKeys(totp.nextCode());
        find("form[action$='/login/totp'] button[type=submit]").click();
    }

    /**
     * Clicks a submit button and waits until the browser has left the page, so that an element the
     * old page also had (a flash message, say) is not mistaken for the new page's.
     */
    protected void clickAndWaitForNewPage(String css) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        find(css).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A page reached signed in, with one h1, no axe-core violation, and no sideways scrolling at 320 px. */
    protected void assertPageIsGood() {
        assertThat(currentPath()).doesNotStartWith("/login");
        assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
        assertAccessible();
        assertWorksAt320px();
    }

    /** A file as the signed-in browser would download it (its session cookie), checked to be 200 and of the type. */
    protected byte[] download(String href, String contentType) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(contentType);
        return response.body();
    }

    /** Submits the page's form {@code formId} from the page itself (its CSRF token included) and answers the body's bytes. */
    protected byte[] submitForBytes(String formId) {
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]);
                fetch(form.action, {method: 'POST', body: new FormData(form), credentials: 'same-origin'})
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                  .then(b => { const u = new Uint8Array(b); let s = '';
                               for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);
                               done(btoa(s)); })
                  .catch(e => done('ERROR ' + e));""", formId);
        assertThat(base64).as("submitting " + formId).doesNotStartWith("ERROR");
        return java.util.Base64.getDecoder().decode(base64);
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page; fails listing every violation. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not run on " + currentPath() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + currentPath() + ":\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "  - " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " → " + targets
                + " (" + rule.getHelpUrl() + ")";
    }

    /** The page at 320 CSS px wide (WCAG 1.4.10 reflow) has no horizontal scrolling. */
    protected void assertWorksAt320px() {
        Dimension before = driver.manage().window().getSize();
        try {
            // The window includes no chrome in headless mode; set the viewport to 320 px exactly.
            driver.manage().window().setSize(new Dimension(320, 800));
            long inner = ((Number) script("return window.innerWidth")).longValue();
            if (inner != 320) {
                driver.manage().window().setSize(new Dimension((int) (320 + 320 - inner), 800));
            }
            long viewport = ((Number) script("return window.innerWidth")).longValue();
            long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
            long clientWidth = ((Number) script("return document.documentElement.clientWidth")).longValue();
            assertThat(viewport).as("viewport width").isEqualTo(320);
            if (scrollWidth > clientWidth + 1) {
                fail(currentPath() + " scrolls sideways at 320 px: scrollWidth " + scrollWidth + " > clientWidth "
                        + clientWidth + "; widest elements: " + widestElements());
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private Object widestElements() {
        return script("""
                const w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > w + 1)
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                       + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                       + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')');
                """);
    }

    /**
     * The fonts Chromium really drew the text of the first element matching {@code css} with
     * (DevTools CSS.getPlatformFontsForNode), e.g. {@code [IPAexGothic]}.
     */
    @SuppressWarnings("unchecked")
    protected List<String> platformFontsOf(String css) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("DOM.enable", Map.of());
        chrome.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = (Map<String, Object>) chrome.executeCdpCommand("DOM.getDocument", Map.of());
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object nodeId = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", css))
                .get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) chrome
                .executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", nodeId)).get("fonts");
        return fonts.stream().map(f -> String.valueOf(f.get("familyName"))).toList();
    }

    /** The Japanese text of the element is drawn with a Japanese font, not boxes or a fallback. */
    protected void assertJapaneseFont(String css) {
        assertThat(platformFontsOf(css)).as("fonts used for %s", css).anyMatch(f -> f.startsWith("IPAex"));
    }

    private void screenshotIfFailed(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || !(driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png";
            Files.write(SCREENSHOTS.resolve(name), camera.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // A broken browser must not hide the test's own failure.
            System.err.println("No screenshot: " + e);
        }
    }
}
