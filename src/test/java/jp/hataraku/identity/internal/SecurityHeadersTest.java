package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest extends IdentityWebTestBase {

    @Test
    void pages_carry_strict_security_headers() {
        Browser.Page page = browser().get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("publickey-credentials-get=(self)");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        Browser.Page page = browser().get("/login");

        assertThat(page.raw().headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        browser.get("/login");
        String before = browser.cookie("SESSION");

        browser.post("/login", Map.of("username", email, "password", PASSWORD));

        assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_forbidden_page_is_friendly_and_shows_no_stack_trace() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);

        Browser.Page page = browser.get("/admin/audit");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("このページを表示する権限がありません").doesNotContain("Exception").doesNotContain("at jp.");
    }

    @Test
    void forms_need_a_csrf_token() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);

        Browser.Page page = browser.post("/account/tokens", Map.of("name", "x", "_csrf", "forged"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN user_account a ON a.id = t.user_id WHERE a.email = :e")
                .param("e", email).query(Integer.class).single()).isZero();
    }
}
