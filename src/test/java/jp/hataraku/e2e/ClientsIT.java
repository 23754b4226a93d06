package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.organization.Organizations.NewContractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contractor staff register a client, its service contract and NDA (with the signed PDF), and a
 * person of that client sees their company in the portal. Every page passes axe-core and fits 320 px.
 */
class ClientsIT extends BrowserTest {

    private static final String STAFF_TOTP_SECRET = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ";
    private static final String PASSWORD = "clients-journey-Secret-2026";

    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private final TestTotp staffTotp = new TestTotp(STAFF_TOTP_SECRET);
    private final String staffEmail = "clients-staff-" + System.nanoTime() + "@example.jp";
    private final String clientEmail = "clients-user-" + System.nanoTime() + "@example.jp";

    @BeforeAll
    void data() {
        organizations.registerContractor(new NewContractor("一般財団法人旅路テレワーク振興公社", "たびじてれわーくしんこうこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県旅路町1-1"));
        long staff = accounts.createAccount(staffEmail, "公社 事務局", PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, STAFF_TOTP_SECRET);
    }

    private void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }


    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void recordAgreement(String kind, Path pdf) {
        find("#new-agreement").click();
        waitFor("#save-agreement");
        assertPageIsGood();
        new Select(find("#kind")).selectByValue(kind);
        type("validFrom", "2026/4/1");
        type("validTo", "2099/3/31");
        find("#file").sendKeys(pdf.toString());
        find("#save-agreement").click();
        waitFor("#done");
    }

    @Test
    void staff_sign_a_client_up_and_the_client_sees_its_portal() throws Exception {
        signInStaff(staffEmail, PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/clients");
        assertPageIsGood();
        find("#new-client").click();
        waitFor("#save-client");

        // Bad input first: field messages, nothing saved.
        find("#save-client").click();
        waitFor("#name-error");
        assertThat(find("#error-summary").getText()).contains("入力してください");
        assertPageIsGood();

        type("name", "株式会社たびじ商事");
        type("nameKana", "たびじしょうじ");
        new Select(find("#type")).selectByValue("OUTSIDE_PREFECTURE");
        // other browser tests in this context may have registered contractors of their own
        new Select(find("#contractorId")).selectByVisibleText("一般財団法人旅路テレワーク振興公社");
        type("corporateNumber", "2010001000005");
        find("#save-client").click();
        waitFor("#done");
        assertThat(find("h1").getText()).isEqualTo("株式会社たびじ商事");
        assertPageIsGood();
        String clientPath = currentPath().replaceAll("[?#].*", "");

        Path pdf = Files.createTempFile("signed", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% signed\n".getBytes(StandardCharsets.US_ASCII));
        recordAgreement("SERVICE_CONTRACT", pdf);
        recordAgreement("NDA", pdf);
        Files.deleteIfExists(pdf);
        assertThat(find("#in-force").getText()).contains("そろっています");
        assertThat(find("#agreement-table").getText()).contains("業務委託契約").contains("秘密保持契約");
        assertPageIsGood();

        find("#new-contact").click();
        waitFor("#save-contact");
        type("name", "旅路 花子");
        type("email", clientEmail);
        find("#save-contact").click();
        waitFor("#done");
        assertPageIsGood();

        long clientId = Long.parseLong(clientPath.substring(clientPath.lastIndexOf('/') + 1));
        // The contact's own password, as if chosen through the mailed link (the link itself is tested with GreenMail).
        accounts.createAccount(clientEmail, "旅路 花子", PASSWORD, List.of(new Accounts.RoleGrant(Role.CLIENT_USER, clientId)));

        visit(clientPath);
        find("#new-quote").click();
        waitFor("#save-quote");
        assertPageIsGood();
        type("title", "名刺データ入力");
        type("lines0.description", "名刺入力");
        type("lines0.quantity", "300");
        type("lines0.unit", "枚");
        type("lines0.unitPrice", "15");
        find("#save-quote").click();
        waitFor("#quote-gross");
        assertThat(find("#quote-gross").getText()).isEqualTo("4,950円");
        assertPageIsGood();

        visit("/leads/new");
        assertPageIsGood();
        type("companyName", "株式会社オフサイト");
        new Select(find("#source")).selectByValue("WORKTRIP_VISIT");
        new Select(find("#contractorId")).selectByVisibleText("一般財団法人旅路テレワーク振興公社");
        find("#save-lead").click();
        waitFor("#lead-stage");
        assertPageIsGood();
        find("#stage-CONTACTED").click();
        waitFor("#convert");
        find("#convert").click();
        waitFor("#convert-lead");
        assertPageIsGood();
        visit("/leads");
        assertPageIsGood();
        visit("/clients/renewals");
        assertPageIsGood();

        driver.manage().deleteAllCookies();
        signIn(clientEmail, PASSWORD);
        visit("/portal");
        waitFor("#company-" + clientId);
        assertThat(find("#company-" + clientId).getText()).contains("株式会社たびじ商事").contains("秘密保持契約")
                .contains("有効");
        assertPageIsGood();
        visit(clientPath);
        assertThat(driver.getPageSource()).contains("このページを表示する権限がありません");
    }
}
