package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

class StaffSecondFactorTest extends IdentityWebTestBase {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void a_worker_needs_no_second_factor() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();

        assertThat(browser.signIn(email, PASSWORD).location()).isEqualTo("/");
        assertThat(browser.get("/account").status()).isEqualTo(200);
    }

    @Test
    void staff_without_totp_must_enrol_before_reaching_any_page() {
        fixClock(T0);
        String email = uniqueEmail("staff");
        long id = account(email, Role.CONTRACTOR_STAFF);
        Browser browser = browser();

        assertThat(browser.signIn(email, PASSWORD).location()).isEqualTo("/login/totp/enrol");
        assertThat(browser.get("/account").status()).isEqualTo(403);

        Browser.Page enrol = browser.get("/login/totp/enrol");
        assertThat(enrol.status()).isEqualTo(200);
        assertThat(enrol.body()).contains("data:image/svg+xml;base64,").contains("id=\"totp-secret\"");

        Browser.Page codes = browser.post("/login/totp/enrol", Map.of("code", currentTotp(id)));
        assertThat(codes.status()).isEqualTo(200);
        assertThat(recoveryCodes(codes.body())).hasSize(10);
        assertThat(browser.get("/account").status()).isEqualTo(200);
    }

    @Test
    void a_system_admin_reaches_admin_pages_only_after_the_second_factor() {
        fixClock(T0);
        String email = uniqueEmail("admin");
        long id = account(email, Role.SYSTEM_ADMIN);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);

        assertThat(browser.get("/admin/audit").status()).isEqualTo(403);
        browser.get("/login/totp/enrol");
        browser.post("/login/totp/enrol", Map.of("code", currentTotp(id)));

        assertThat(browser.get("/admin/audit").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_enrolment_code_is_refused_beside_the_field() {
        String email = uniqueEmail("staff");
        account(email, Role.TOWN_STAFF);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);
        browser.get("/login/totp/enrol");

        Browser.Page page = browser.post("/login/totp/enrol", Map.of("code", "000000x"));

        assertThat(page.body()).contains("コードが正しくありません").contains("aria-invalid=\"true\"");
        assertThat(browser.get("/account").status()).isEqualTo(403);
    }

    @Test
    void staff_with_totp_must_give_a_code_and_gets_a_new_session() {
        fixClock(T0);
        String email = uniqueEmail("staff");
        long id = enrolledStaff(email);
        Browser browser = browser();
        fixClock(T0.plusSeconds(120));

        assertThat(browser.signIn(email, PASSWORD).location()).isEqualTo("/login/totp");
        String halfSession = browser.cookie("SESSION");
        assertThat(browser.get("/account").status()).isEqualTo(403);
        browser.get("/login/totp");
        assertThat(browser.post("/login/totp", Map.of("code", "123456")).body()).contains("コードが正しくありません");

        Browser.Page done = browser.post("/login/totp", Map.of("code", currentTotp(id)));

        assertThat(done.location()).isEqualTo("/");
        assertThat(browser.cookie("SESSION")).isNotEqualTo(halfSession);
        assertThat(browser.get("/account").status()).isEqualTo(200);
        assertThat(auditActions(email)).contains("SIGN_IN_PASSWORD", "SIGN_IN");
    }

    @Test
    void a_totp_code_cannot_be_used_twice() {
        fixClock(T0);
        String email = uniqueEmail("staff");
        long id = enrolledStaff(email);
        fixClock(T0.plusSeconds(300));
        Browser first = browser();
        first.signIn(email, PASSWORD);
        first.get("/login/totp");
        String code = currentTotp(id);
        assertThat(first.post("/login/totp", Map.of("code", code)).location()).isEqualTo("/");

        Browser second = browser();
        second.signIn(email, PASSWORD);
        second.get("/login/totp");
        assertThat(second.post("/login/totp", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(second.get("/account").status()).isEqualTo(403);
    }

    @Test
    void a_recovery_code_works_once() {
        fixClock(T0);
        String email = uniqueEmail("staff");
        Browser enrolling = browser();
        long id = account(email, Role.DIRECTOR);
        enrolling.signIn(email, PASSWORD);
        enrolling.get("/login/totp/enrol");
        List<String> codes = recoveryCodes(enrolling.post("/login/totp/enrol", Map.of("code", currentTotp(id))).body());

        Browser first = browser();
        first.signIn(email, PASSWORD);
        first.get("/login/totp");
        assertThat(first.post("/login/totp", Map.of("code", codes.get(3).toUpperCase())).location()).isEqualTo("/");
        assertThat(first.get("/account").status()).isEqualTo(200);

        Browser second = browser();
        second.signIn(email, PASSWORD);
        second.get("/login/totp");
        assertThat(second.post("/login/totp", Map.of("code", codes.get(3))).body()).contains("コードが正しくありません");
        assertThat(second.get("/account").status()).isEqualTo(403);
        assertThat(auditActions(email)).contains("RECOVERY_CODE_USED");
    }

    @Test
    void five_wrong_codes_lock_the_account_and_end_the_half_sign_in() {
        fixClock(T0);
        String email = uniqueEmail("staff");
        enrolledStaff(email);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);
        browser.get("/login/totp");
        for (int i = 0; i < 4; i++) {
            assertThat(browser.post("/login/totp", Map.of("code", "99999" + i)).status()).isEqualTo(200);
        }
        Browser.Page locked = browser.post("/login/totp", Map.of("code", "999994"));
        assertThat(locked.location()).startsWith("/login?locked=");
        assertThat(browser.get("/login/totp").status()).isIn(302, 403);
    }

    @Test
    void demo_data_can_enrol_staff_with_a_known_secret() {
        fixClock(T0);
        String email = uniqueEmail("staff");
        long id = account(email, Role.CONTRACTOR_STAFF);
        accounts.enrolTotp(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        Browser browser = browser();

        assertThat(browser.signIn(email, PASSWORD).location()).isEqualTo("/login/totp");
        browser.get("/login/totp");
        String code = Totp.code(Base32.decode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), Totp.step(T0));
        assertThat(browser.post("/login/totp", Map.of("code", code)).location()).isEqualTo("/");
    }

    private long enrolledStaff(String email) {
        long id = account(email, Role.CONTRACTOR_STAFF);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);
        browser.get("/login/totp/enrol");
        assertThat(browser.post("/login/totp/enrol", Map.of("code", currentTotp(id))).status()).isEqualTo(200);
        return id;
    }

    private static List<String> recoveryCodes(String html) {
        Matcher m = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>").matcher(html);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
