package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

class SignInThrottlingTest extends IdentityWebTestBase {

    private static final Instant NOON_IN_TOKYO = Instant.parse("2026-04-01T03:00:00Z");

    @Test
    void a_wrong_password_says_so_without_locking() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();

        Browser.Page page = browser.signIn(email, "not the password");

        assertThat(page.location()).isEqualTo("/login?error");
        assertThat(browser.follow(page).body()).contains("メールアドレスまたはパスワードが正しくありません").doesNotContain("一時的にロック");
    }

    @Test
    void locks_the_account_after_five_failures() {
        fixClock(NOON_IN_TOKYO);
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();

        for (int i = 1; i <= 4; i++) {
            assertThat(browser.signIn(email, "wrong " + i).location()).isEqualTo("/login?error");
        }
        Browser.Page fifth = browser.signIn(email, "wrong 5");

        assertThat(fifth.location()).isEqualTo("/login?locked=12:15");
        assertThat(browser.follow(fifth).body()).contains("12:15 以降にもう一度お試しください");
        assertThat(browser.signIn(email, PASSWORD).location())
                .as("the right password does not open a locked account").isEqualTo("/login?locked=12:15");
    }

    @Test
    void the_lock_ends_after_fifteen_minutes() {
        fixClock(NOON_IN_TOKYO);
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        for (int i = 1; i <= 5; i++) {
            browser.signIn(email, "wrong " + i);
        }

        fixClock(NOON_IN_TOKYO.plus(Duration.ofMinutes(15)).plusSeconds(1));

        assertThat(browser.signIn(email, PASSWORD).location()).isEqualTo("/");
    }

    @Test
    void a_success_starts_the_count_again() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        for (int i = 1; i <= 4; i++) {
            browser().signIn(email, "wrong " + i);
        }
        assertThat(browser().signIn(email, PASSWORD).location()).isEqualTo("/");
        for (int i = 1; i <= 4; i++) {
            assertThat(browser().signIn(email, "wrong again " + i).location()).isEqualTo("/login?error");
        }
        assertThat(jdbc.sql("SELECT failed_attempts FROM user_account WHERE email = :e").param("e", email)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void every_sign_in_and_failure_is_audited() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);

        browser().signIn(email, "wrong");
        browser().signIn(email, PASSWORD);

        assertThat(auditActions(email)).containsExactly("SIGN_IN_FAILED", "SIGN_IN_PASSWORD", "SIGN_IN");
    }

    @Test
    void an_unknown_email_gets_the_same_answer_as_a_wrong_password() {
        assertThat(browser().post("/login", Map.of("username", uniqueEmail("nobody"), "password", "whatever it is"))
                .location()).isEqualTo("/login?error");
    }
}
