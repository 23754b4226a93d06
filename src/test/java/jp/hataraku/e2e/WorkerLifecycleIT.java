package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident's whole journey with the town staff, in the browser: application on /apply, the
 * staff member's first sign-in (TOTP enrolment, recovery codes), search by kana, info session,
 * the worker's own sign-in and acceptance of the NDA and terms, then a pause and a withdrawal.
 * Every distinct page on the way passes axe-core and fits 320 px.
 */
class WorkerLifecycleIT extends BrowserTest {

    static final String WORKER_PASSWORD = "journey-worker-Secret-2026";
    static final String STAFF_PASSWORD = "journey-staff-Secret-2026";

    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;

    @Test
    void a_resident_applies_is_briefed_accepts_the_terms_and_later_withdraws() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        long town = organizations.registerMunicipality("旅路町" + unique, "たびじちょう", "20", 6000);
        String staffEmail = "town-staff-" + unique + "@e2e.test";
        accounts.createAccount(staffEmail, "町 職員", STAFF_PASSWORD, List.of(new RoleGrant(Role.TOWN_STAFF, town)));
        String kana = "たびじ はなこ" + kanaOf(unique);
        String email = "hanako-" + unique + "@e2e.test";

        // 1. The resident applies.
        visit("/apply");
        assertThat(find("h1").getText()).isNotBlank();
        assertAccessible();
        assertWorksAt320px();
        // Sent empty first: the errors are listed, linked and announced, and still accessible.
        find("#apply-submit").click();
        waitFor("#error-summary");
        assertThat(find("#error-summary").getAttribute("role")).isEqualTo("alert");
        assertThat(find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#privacyConsent").getAttribute("aria-describedby")).contains("privacyConsent-error");
        assertAccessible();
        assertWorksAt320px();
        find("#name").sendKeys("旅路 花子");
        find("#nameKana").sendKeys(kana);
        setValue("#birthDate", "1990-05-01");
        find("#gender-FEMALE").click();
        new Select(find("#municipalityId")).selectByValue(Long.toString(town));
        find("#postalCode").sendKeys("389-0111");
        find("#address").sendKeys("長野県旅路町1-2-3");
        find("#phone").sendKeys("090-1234-5678");
        find("#email").sendKeys(email);
        find("#workKinds-DATA_ENTRY").click();
        find("#hoursPerWeek").sendKeys("10");
        find("#timeBands-MORNING").click();
        find("#place-HOME").click();
        find("#password").sendKeys(WORKER_PASSWORD);
        find("#privacyConsent").click();
        find("#apply-submit").click();
        waitForPath("/apply/thanks");
        assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
        assertAccessible();
        assertWorksAt320px();

        // 2. Town staff sign in for the first time: password, then TOTP enrolment.
        visit("/login");
        assertAccessible();
        assertWorksAt320px();
        signIn(staffEmail, STAFF_PASSWORD);
        waitForPath("/login/totp/enrol");
        assertAccessible();
        assertWorksAt320px();
        TestTotp app = new TestTotp(find("#totp-secret").getText().replaceAll("\\s", ""));
        find("#code").sendKeys(app.nextCode());
        find("form[action$='/login/totp/enrol'] button[type=submit]").click();
        waitFor("#recovery-codes");
        assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        assertAccessible();
        assertWorksAt320px();
        find("section a.button").click();
        waitForPath("/");

        // 3. They find the applicant by kana and mark the info session attended.
        visit("/workers");
        assertAccessible();
        assertWorksAt320px();
        find("#q").sendKeys(kana);
        find("#search-submit").click();
        wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#worker-table tbody tr")).size() == 1
                && find("#worker-table").getText().contains(kana));
        assertAccessible();
        driver.findElement(By.linkText("旅路 花子")).click();
        waitFor("#worker-status");
        String detailPath = currentPath();
        assertThat(detailPath).matches("/workers/\\d+");
        assertThat(find("#worker-status").getText()).isEqualTo("申込み");
        assertAccessible();
        assertWorksAt320px();
        find("#action-brief").click();
        waitForText("#worker-status", "説明会参加済み");
        signOut();

        // 4. The resident signs in, reads and accepts the NDA and terms.
        signIn(email, WORKER_PASSWORD);
        waitForPath("/");
        visit("/me");
        assertThat(find("#nda-text").getText()).isNotBlank();
        assertThat(find("#terms-text").getText()).isNotBlank();
        assertAccessible();
        assertWorksAt320px();
        find("#accept-nda").click();
        waitForText("#my-status", "活動中");
        assertThat(driver.findElements(By.id("accept-nda"))).isEmpty();
        assertAccessible();
        signOut();

        // 5. Staff sign in again with a code, pause the worker, then record the withdrawal.
        signIn(staffEmail, STAFF_PASSWORD);
        waitForPath("/login/totp");
        assertAccessible();
        assertWorksAt320px();
        find("#code").sendKeys(app.nextCode());
        find("form[action$='/login/totp'] button[type=submit]").click();
        waitForPath("/");
        visit(detailPath);
        assertThat(find("#worker-status").getText()).isEqualTo("活動中");
        find("#action-pause").click();
        waitForText("#worker-status", "休止中");
        find("#withdraw-reason-EMPLOYMENT").click();
        find("#withdraw-note").sendKeys("町内の会社に就職");
        find("#action-withdraw").click();
        waitForText("#worker-status", "退会");
        assertThat(find("#action-reregister").isDisplayed()).isTrue();
        assertThat(find("#period-table").getText()).contains("就職").contains("町内の会社に就職");
        List<String> history = driver.findElements(By.cssSelector("#history-table tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(5);
        assertThat(history.get(0)).contains("— 申込み");
        assertThat(history.get(1)).contains("申込み 説明会参加済み");
        assertThat(history.get(2)).contains("説明会参加済み 活動中");
        assertThat(history.get(3)).contains("活動中 休止中");
        assertThat(history.get(4)).contains("休止中 退会").contains("就職").contains("町内の会社に就職");
        assertAccessible();
        assertWorksAt320px();
    }

    /** Hiragana for the hex digits of a unique suffix, so the kana search finds just this applicant. */
    static String kanaOf(String hex) {
        String kana = "あいうえおかきくけこさしすせそた";
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append(kana.charAt(Character.digit(c, 16)));
        }
        return out.toString();
    }

    void signOut() {
        find("nav form[action$='/logout'] button").click();
        waitForPath("/login?logout");
    }

    void setValue(String css, String value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", find(css), value);
    }

    WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class); // htmx swaps the results in place
        return wait;
    }

    void waitFor(String css) {
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitForPath(String path) {
        wait(Duration.ofSeconds(10)).until(d -> currentPath().equals(path));
    }
}
