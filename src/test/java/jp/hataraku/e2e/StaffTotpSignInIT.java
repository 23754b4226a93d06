package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff need their authenticator code as well as the password before any staff page opens. */
class StaffTotpSignInIT extends BrowserTest {

    static final String PASSWORD = "totp-staff-Secret-2026";
    /** 20 bytes in Base32, as an authenticator app would hold it. */
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    Accounts accounts;

    @Test
    void the_password_alone_does_not_open_staff_pages_a_wrong_code_is_refused_the_right_one_gets_in() {
        String email = "contractor-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.test";
        long id = accounts.createAccount(email, "公社 職員", PASSWORD, List.of(RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(id, SECRET);
        TestTotp app = new TestTotp(SECRET);

        signIn(email, PASSWORD);
        waitForPath("/login/totp");
        assertThat(find("h1").getText()).isNotBlank();
        assertAccessible();
        assertWorksAt320px();

        // Half signed in: the worker register stays closed.
        visit("/workers");
        assertThat(driver.findElements(By.id("worker-search"))).isEmpty();
        assertThat(driver.findElements(By.id("worker-table"))).isEmpty();
        assertThat(find("h1").getText()).isEqualTo("このページを表示する権限がありません");
        assertThat(driver.findElements(By.cssSelector("nav a[href='/workers']"))).isEmpty();
        visit("/api/v1/workers");
        assertThat(driver.getPageSource()).doesNotContain("nameKana");

        // A wrong code is refused with a message, and the page stays the code page.
        visit("/login/totp");
        find("#code").sendKeys(app.wrongCode());
        find("form[action$='/login/totp'] button[type=submit]").click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("code-error")).isEmpty());
        assertThat(find("#code-error").getText()).isNotBlank();
        assertThat(find("#code").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        assertWorksAt320px();
        visit("/workers");
        assertThat(driver.findElements(By.id("worker-search"))).isEmpty();

        // The right code opens the staff pages.
        visit("/login/totp");
        find("#code").sendKeys(app.nextCode());
        find("form[action$='/login/totp'] button[type=submit]").click();
        waitForPath("/");
        visit("/workers");
        assertThat(driver.findElements(By.id("worker-search"))).hasSize(1);
        assertThat(find("nav").getText()).contains("ログアウト");
    }

    void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> currentPath().equals(path));
    }
}
