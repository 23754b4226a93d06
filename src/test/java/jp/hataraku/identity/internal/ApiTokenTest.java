package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

class ApiTokenTest extends IdentityWebTestBase {

    @Test
    void a_valid_token_signs_the_request_in_as_its_owner_without_a_session() {
        String email = uniqueEmail("staff");
        long id = account(email, Role.CONTRACTOR_STAFF);
        String token = "test-token-" + email;
        accounts.registerApiToken(id, "script", token);

        Browser.Page page = api("/api/v1/me", token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"email\":\"" + email + "\"").contains("CONTRACTOR_STAFF");
        assertThat(page.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
    }

    @Test
    void an_unknown_token_gets_401_as_problem_json() {
        Browser.Page page = api("/api/v1/me", "no-such-token");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.body()).contains("\"status\":401").contains("\"title\":");
    }

    @Test
    void an_api_call_without_a_token_gets_401_not_the_login_page() {
        Browser.Page page = browser().get("/api/v1/me");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_route_the_owner_may_not_use_gets_403_as_problem_json() {
        String email = uniqueEmail("worker");
        long id = account(email, Role.WORKER);
        accounts.registerApiToken(id, "script", "token-" + email);

        Browser.Page page = api("/api/v1/nothing-declared-here", "token-" + email);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void bearer_api_requests_need_no_csrf_token() {
        String email = uniqueEmail("worker");
        long id = account(email, Role.WORKER);
        accounts.registerApiToken(id, "script", "token-" + email);

        Browser.Page page = browser().send(HttpRequest.newBuilder(browser().uri("/api/v1/me"))
                .header("Authorization", "Bearer token-" + email).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(page.status()).isNotIn(401, 403);
    }

    @Test
    void a_person_creates_a_token_on_the_account_page_sees_it_once_and_revokes_it() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        browser.follow(browser.signIn(email, PASSWORD));
        browser.get("/account");

        Browser.Page created = browser.post("/account/tokens", Map.of("name", "集計スクリプト"));
        Matcher m = Pattern.compile("id=\"new-token\">(htk_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(api("/api/v1/me", token).status()).isEqualTo(200);

        Browser.Page later = browser.get("/account");
        assertThat(later.body()).contains("集計スクリプト").doesNotContain(token);
        String revoke = later.body().replaceAll("(?s).*action=\"(/account/tokens/\\d+/revoke)\".*", "$1");
        assertThat(browser.post(revoke, Map.of()).location()).isEqualTo("/account?revoked");

        assertThat(api("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :t").param("t", token)
                .query(Integer.class).single()).as("only the hash is stored").isZero();
    }

    @Test
    void a_token_needs_a_name_and_the_typed_name_is_kept() {
        String email = uniqueEmail("worker");
        account(email, Role.WORKER);
        Browser browser = browser();
        browser.follow(browser.signIn(email, PASSWORD));
        browser.get("/account");

        Browser.Page page = browser.post("/account/tokens", Map.of("name", "   "));
        assertThat(page.body()).contains("トークンの名前を入力してください").doesNotContain("id=\"new-token\"");
        Browser.Page tooLong = browser.post("/account/tokens", Map.of("name", "x".repeat(101)));
        assertThat(tooLong.body()).contains("100文字以内").contains("value=\"" + "x".repeat(101) + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN user_account a ON a.id = t.user_id WHERE a.email = :e")
                .param("e", email).query(Integer.class).single()).isZero();
    }

    private Browser.Page api(String path, String token) {
        Browser browser = browser();
        return browser.send(HttpRequest.newBuilder(browser.uri(path)).header("Authorization", "Bearer " + token).GET());
    }
}
