package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The parent in the village area: after her first password sign-in she registers a passkey on
 * her phone (Chromium's virtual authenticator stands in for its screen lock) and from then on
 * signs in with it, without typing a password. The app accepts the random test port as a
 * passkey origin on localhost by itself (identity's PasskeyOrigins).
 */
class PasskeyIT extends BrowserTest {

    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;

    @Test
    void a_worker_registers_a_passkey_and_then_signs_in_with_it_without_a_password() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        long town = organizations.registerMunicipality("鍵町" + unique, "かぎまち", "20", 4000);
        String email = "passkey-" + unique + "@e2e.test";
        Application base = WorkerFixtures.application(town);
        workers.apply(new Application("鍵谷 花子", "かぎや はなこ", base.birthDate(), base.gender(), town,
                base.postalCode(), base.address(), base.phone(), email, base.workKinds(), base.hoursPerWeek(),
                base.timeBands(), base.place(), base.devices(), null, base.circumstances(),
                base.circumstancesConsent(), base.referral(), base.privacyNoticeVersion(), WorkerFixtures.PASSWORD));

        VirtualAuthenticator phone = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true));
        try {
            signIn(email, WorkerFixtures.PASSWORD);
            waitUntil(() -> currentPath().equals("/"));
            visit("/account");
            assertThat(find("label[for=passkey-label]").getText()).isNotBlank();
            assertAccessible();
            assertWorksAt320px();

            find("#passkey-label").sendKeys("わたしのスマートフォン");
            find("#passkey-register").click();
            waitUntil(() -> currentPath().equals("/account?passkey"));
            assertThat(find("#passkey-success").isDisplayed()).isTrue();
            assertThat(find("#passkey-error").isDisplayed()).isFalse();
            assertThat(phone.getCredentials()).hasSize(1);
            assertThat(phone.getCredentials().get(0).isResidentCredential()).isTrue();
            assertAccessible();
            assertWorksAt320px();

            find("nav form[action$='/logout'] button").click();
            waitUntil(() -> currentPath().equals("/login?logout"));
            visit("/me");
            waitUntil(() -> currentPath().startsWith("/login"));

            // No e-mail, no password: the passkey alone.
            visit("/login");
            assertThat(find("#username").getAttribute("value")).isEmpty();
            assertThat(find("#password").getAttribute("value")).isEmpty();
            find("#passkey-signin").click();
            waitUntil(() -> currentPath().equals("/"));
            assertThat(find("nav").getText()).contains("ログアウト");
            visit("/me");
            assertThat(find("#my-status").getText()).contains("申込み");
            visit("/account");
            assertThat(driver.getPageSource()).contains(email);
        } finally {
            ((HasVirtualAuthenticator) driver).removeVirtualAuthenticator(phone);
        }
    }

    @Test
    void without_a_registered_passkey_the_sign_in_is_refused_with_a_message() {
        VirtualAuthenticator empty = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true));
        try {
            visit("/login");
            find("#passkey-signin").click();
            waitUntil(() -> find("#passkey-error").isDisplayed());
            assertThat(find("#passkey-error").getText()).isNotBlank();
            assertThat(currentPath()).startsWith("/login");
            assertThat(driver.findElements(By.cssSelector("nav form[action$='/logout']"))).isEmpty();
            assertAccessible();
        } finally {
            ((HasVirtualAuthenticator) driver).removeVirtualAuthenticator(empty);
        }
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }
}
