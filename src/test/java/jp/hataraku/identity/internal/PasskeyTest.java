package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

class PasskeyTest extends IdentityWebTestBase {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

    @Test
    void the_login_page_offers_a_passkey_button_from_a_static_script() {
        Browser.Page page = browser().get("/login");

        assertThat(page.body()).contains("id=\"passkey-signin\"").contains("/js/identity/passkeys.js");
        assertThat(INLINE_SCRIPT.matcher(page.body()).find()).isFalse();
        assertThat(browser().get("/js/identity/passkeys.js").status()).isEqualTo(200);
    }

    @Test
    void a_worker_can_start_registering_a_passkey_for_hataraku_on_the_configured_rp_id() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        browser.follow(browser.signIn(email, PASSWORD));

        Browser.Page account = browser.get("/account");
        assertThat(account.body()).contains("id=\"passkey-register\"").contains("id=\"passkey-label\"")
                .contains("for=\"passkey-label\"");
        assertThat(INLINE_SCRIPT.matcher(account.body()).find()).isFalse();

        Browser.Page options = browser.postJson("/webauthn/register/options", "");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body()).contains("\"name\":\"Hataraku\"").contains("\"id\":\"localhost\"")
                .contains("\"challenge\"").contains(email);
    }

    @Test
    void staff_are_not_offered_passkeys_and_cannot_register_one() {
        fixClock(java.time.Instant.parse("2026-04-01T00:00:00Z"));
        String email = uniqueEmail("staff");
        long id = account(email, Role.CONTRACTOR_STAFF);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);
        browser.get("/login/totp/enrol");
        browser.post("/login/totp/enrol", Map.of("code", currentTotp(id)));

        assertThat(browser.get("/account").body()).doesNotContain("passkey-register");
        browser.get("/account");
        assertThat(browser.postJson("/webauthn/register", "{}").status()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PasskeyConfiguration.PasskeyOrigins origins;

    @Test
    void on_localhost_the_port_the_server_got_is_an_allowed_origin() {
        assertThat(origins.origins()).contains("http://localhost:" + PORT, "http://localhost:8080");
    }

    @Test
    void anyone_may_ask_for_sign_in_options() {
        Browser.Page options = browser().postJson("/webauthn/authenticate/options", "");

        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body()).contains("\"challenge\"").contains("\"rpId\":\"localhost\"");
        assertThat(jdbc.sql("""
                SELECT a.attribute_name FROM spring_session_attributes a
                JOIN spring_session s ON s.primary_id = a.session_primary_id
                """).query(String.class).list())
                .as("the challenge is kept in the (JDBC) session for the sign-in step")
                .anyMatch(name -> name.contains("PublicKeyCredentialRequestOptions"));
    }

    @Test
    void a_forged_passkey_assertion_is_refused_and_signs_nobody_in() {
        Browser browser = browser();
        browser.postJson("/webauthn/authenticate/options", "");

        Browser.Page page = browser.postJson("/login/webauthn", """
                {"id":"AAAA","rawId":"AAAA","response":{"authenticatorData":"AAAA","clientDataJSON":"AAAA",
                 "signature":"AAAA","userHandle":"AAAA"},"credType":"public-key","clientExtensionResults":{}}
                """);

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("\"authenticated\":false");
        assertThat(browser.get("/account").status()).isEqualTo(302);
    }

    @Test
    void registering_needs_a_signed_in_worker() {
        Browser browser = browser();
        assertThat(browser.postJson("/webauthn/register", "{}").status()).isIn(302, 401, 403);
    }
}
