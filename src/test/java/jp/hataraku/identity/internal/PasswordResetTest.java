package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

class PasswordResetTest extends IdentityWebTestBase {

    private static final String NEW_PASSWORD = "tomorrow the river runs north";

    @Test
    void an_emailed_link_lets_the_person_choose_a_new_password() throws Exception {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();

        String link = requestLink(browser, email);
        assertThat(link).startsWith("http://localhost:" + PORT + "/password-reset/");
        assertThat(browser.get(link).body()).contains("id=\"password\"").contains("id=\"confirmation\"");

        Browser.Page done = browser.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(done.location()).isEqualTo("/login?reset");
        assertThat(browser().signIn(email, NEW_PASSWORD).location()).isEqualTo("/");
        assertThat(browser().signIn(email, PASSWORD).location()).isEqualTo("/login?error");
    }

    @Test
    void the_answer_is_the_same_whether_or_not_the_address_is_registered() throws Exception {
        String known = uniqueEmail("worker");
        account(known, Role.WORKER);
        int before = MAIL.getReceivedMessages().length;

        String unknownAnswer = mainSection(browser().post("/password-reset", Map.of("email", uniqueEmail("nobody"))).body());
        assertThat(MAIL.getReceivedMessages()).hasSize(before);
        String knownAnswer = mainSection(browser().post("/password-reset", Map.of("email", known)).body());

        assertThat(unknownAnswer).isEqualTo(knownAnswer).contains("登録されている場合は");
        assertThat(MAIL.waitForIncomingEmail(5000, before + 1)).isTrue();
    }

    @Test
    void a_link_works_only_once() throws Exception {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        String link = requestLink(browser, email);
        browser.get(link);
        browser.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        Browser.Page again = browser.get(link);
        assertThat(again.body()).contains("このリンクは使えません");
        assertThat(browser.post(link, Map.of("password", "yet another long passphrase", "confirmation",
                "yet another long passphrase")).body()).contains("このリンクは使えません");
    }

    @Test
    void a_link_expires_after_thirty_minutes() throws Exception {
        Instant t0 = Instant.parse("2026-05-01T01:00:00Z");
        fixClock(t0);
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        String link = requestLink(browser, email);

        fixClock(t0.plus(Duration.ofMinutes(29)));
        assertThat(browser.get(link).body()).contains("id=\"password\"");
        fixClock(t0.plus(Duration.ofMinutes(30)).plusSeconds(1));
        assertThat(browser.get(link).body()).contains("このリンクは使えません");
    }

    @Test
    void a_weak_new_password_is_refused_beside_the_field_and_nothing_changes() throws Exception {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        String link = requestLink(browser, email);
        browser.get(link);

        Browser.Page page = browser.post(link, Map.of("password", "password123", "confirmation", "password123"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("よく使われているパスワード").contains("aria-invalid=\"true\"");
        assertThat(browser.post(link, Map.of("password", NEW_PASSWORD, "confirmation", "something else entirely"))
                .body()).contains("確認用のパスワードが一致しません");
        assertThat(browser().signIn(email, PASSWORD).location()).isEqualTo("/");
        assertThat(browser.get(link).body()).as("the link still works after refusals").contains("id=\"password\"");
    }

    @Test
    void a_malformed_address_is_refused_and_kept_in_the_field() {
        Browser.Page page = browser().post("/password-reset", Map.of("email", "not-an-address"));
        assertThat(page.body()).contains("形式が正しくありません").contains("value=\"not-an-address\"");
    }

    private String requestLink(Browser browser, String email) throws Exception {
        browser.get("/password-reset");
        browser.post("/password-reset", Map.of("email", email));
        for (int i = 0; i < 50; i++) {
            MimeMessage message = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> recipient(m).equals(email)).reduce((a, b) -> b).orElse(null);
            if (message != null) {
                Matcher m = Pattern.compile("(http://\\S+/password-reset/[A-Za-z0-9_-]+)").matcher(String.valueOf(message.getContent()));
                assertThat(m.find()).isTrue();
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail for " + email);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mainSection(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }
}
