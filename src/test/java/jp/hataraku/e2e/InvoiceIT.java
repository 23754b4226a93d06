package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jp.hataraku.billing.BillingFixtures;
import jp.hataraku.billing.Invoices;
import jp.hataraku.clients.ClientType;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepted work becomes a billable line; contractor staff issue a qualified invoice for it with a
 * reduced-rate line, open its PDF (the text, extracted with PDFBox, shows the registration number
 * and the tax by rate), record a partial payment and visit the other billing pages. Every page
 * passes axe-core and fits 320 px.
 */
class InvoiceIT extends BrowserTest {

    private static final String STAFF_TOTP_SECRET = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ";
    private static final String PASSWORD = "invoice-journey-Secret-2026";

    @Autowired
    BillingFixtures billing;
    @Autowired
    Accounts accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    Invoices invoices;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TokyoClock clock;

    private final TestTotp staffTotp = new TestTotp(STAFF_TOTP_SECRET);
    private final String staffEmail = "invoice-staff-" + System.nanoTime() + "@example.jp";
    private long contractor;
    private long client;
    private String registration;

    @BeforeAll
    void data() throws Exception {
        contractor = billing.contractor();
        registration = billing.registrationNumber(contractor);
        client = billing.client(contractor, ClientType.IN_PREFECTURE);
        long job = jobs.create(JobDetails.pool(contractor, client, "アンケート入力", WorkKind.DATA_ENTRY,
                clock.today().plusDays(30), JobFixtures.CARD, 1, 30, 12));
        LocalDate today = clock.today();
        tx.executeWithoutResult(s -> events.publishEvent(new DeliveryAccepted(7_000_000 + job, job, contractor, client,
                120, today, today)));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (invoices.unbilledForClient(client).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(invoices.unbilledForClient(client)).as("the accepted delivery became a billable line").hasSize(1);
        long staff = accounts.createAccount(staffEmail, "公社 経理", PASSWORD,
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


    @Test
    void staff_issue_an_invoice_and_its_pdf_shows_the_registration_number_and_tax_by_rate() throws Exception {
        signInStaff(staffEmail, PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));

        visit("/billing/unbilled?lang=ja");
        waitFor("#issue-client-" + client);
        assertPageIsGood();
        find("#issue-client-" + client).click();

        waitFor("#issue-invoice");
        assertPageIsGood();
        assertThat(find("#unbilled-lines").getText()).contains("アンケート入力").contains("3,600円");
        type("manual-0-description", "お茶（来客用）");
        type("manual-0-amount", "1080");
        new Select(find("#manual-0-taxRate")).selectByValue("8");
        find("#issue-invoice").click();

        waitFor("#invoice-pdf");
        assertPageIsGood();
        assertThat(find("#done").getText()).isNotBlank();
        assertThat(find("#registration-number").getText()).contains(registration);
        assertThat(find("#rate-10").getText()).contains("3,600円").contains("360円");
        assertThat(find("#rate-8").getText()).contains("1,080円").contains("86円");
        String invoicePath = currentPath();

        byte[] pdf = download(find("#invoice-pdf").getAttribute("href"), "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("登録番号 " + registration)
                    .contains("10%対象").contains("消費税 360円")
                    .contains("8%対象").contains("消費税 86円")
                    .contains("消費税 446円")
                    .contains("5,126円");
        }

        type("amount", "2,000");
        clickAndWaitForNewPage("#record-payment");
        waitFor("#done");
        assertPageIsGood();
        assertThat(find("#outstanding").getText()).contains("3,126");

        visit(invoicePath.replaceAll("\\?.*", "") + "/return");
        waitFor("#issue-return");
        assertPageIsGood();
        visit(invoicePath.replaceAll("\\?.*", "") + "/reissue");
        waitFor("#reissue-invoice");
        assertPageIsGood();

        for (String page : List.of("/billing", "/billing/overdue", "/billing/settings", "/billing/issue")) {
            visit(page);
            waitFor("h1");
            assertPageIsGood();
        }
        assertThat(invoices.listForClient(client)).singleElement()
                .satisfies(i -> assertThat(i.registrationNumber()).isEqualTo(registration));
    }
}
