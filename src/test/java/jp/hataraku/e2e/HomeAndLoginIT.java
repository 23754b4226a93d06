package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The public pages a visitor meets first: accessible, usable at 320 px, in Japanese and English. */
class HomeAndLoginIT extends BrowserTest {

    /** A path nobody needs to sign in for that does not exist, so the 404 page shows. */
    static final String MISSING = "/css/no-such-page";

    static final List<String> PUBLIC_PAGES = List.of("/", "/login", MISSING);

    @Test
    void home_page_is_japanese_accessible_and_fits_a_small_phone() {
        visit("/");
        assertThat(pageLanguage()).isEqualTo("ja");
        assertThat(find("h1").getText()).contains("はたらく");
        assertJapaneseFont("h1");
        assertAccessible();
        assertWorksAt320px();
    }

    @Test
    void login_page_is_accessible_and_fits_a_small_phone() {
        visit("/login");
        assertThat(find("h1").getText()).isEqualTo("ログイン");
        assertThat(find("label[for=username]").getText()).isEqualTo("メールアドレス");
        assertAccessible();
        assertWorksAt320px();
    }

    @Test
    void english_home_page_is_accessible_and_fits_a_small_phone() {
        visit("/?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(find("h1").getText()).contains("Hataraku");
        assertAccessible();
        assertWorksAt320px();
    }

    @Test
    void missing_page_is_a_friendly_accessible_404() {
        visit(MISSING);
        assertThat(find("h1").getText()).isEqualTo("ページが見つかりません");
        assertThat(driver.getPageSource()).doesNotContain("Exception").doesNotContain("Whitelabel");
        assertThat(driver.findElement(By.linkText("トップページへ")).getAttribute("href")).isEqualTo(url("/"));
        assertAccessible();
        assertWorksAt320px();
    }

    @Test
    void the_language_link_on_every_page_switches_to_english_and_back() {
        for (String page : PUBLIC_PAGES) {
            visit(page);
            assertThat(pageLanguage()).as("%s starts in Japanese", page).isEqualTo("ja");

            find(".lang-switch a[hreflang=en]").click();
            assertThat(pageLanguage()).as("%s after choosing English", page).isEqualTo("en");
            assertThat(currentPath()).as("stays on the same page").startsWith(page.equals("/") ? "/?" : page);
            assertThat(find(".lang-switch a[hreflang=en]").getAttribute("aria-current")).isEqualTo("true");

            visit(page);
            assertThat(pageLanguage()).as("%s remembers English", page).isEqualTo("en");

            find(".lang-switch a[hreflang=ja]").click();
            assertThat(pageLanguage()).as("%s after choosing Japanese", page).isEqualTo("ja");
            assertThat(find(".lang-switch a[hreflang=ja]").getAttribute("aria-current")).isEqualTo("true");
        }
    }

    @Test
    void a_signed_in_worker_gets_a_friendly_403_for_a_page_that_is_not_theirs(@Autowired Accounts accounts) {
        accounts.createAccount("worker-403@e2e.test", "テスト ワーカー", "e2e-worker-Secret-2026",
                List.of(RoleGrant.of(Role.WORKER)));
        signIn("worker-403@e2e.test", "e2e-worker-Secret-2026");
        assertThat(find("nav").getText()).contains("ログアウト");

        visit("/no/such/page");
        assertThat(find("h1").getText()).isEqualTo("このページを表示する権限がありません");
        assertAccessible();
        assertWorksAt320px();

        find("nav form[action$='/logout'] button").click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> currentPath().equals("/login?logout"));
        assertThat(find("[role=status]").getText()).isEqualTo("ログアウトしました。");
    }

    private String pageLanguage() {
        return find("html").getAttribute("lang");
    }
}
