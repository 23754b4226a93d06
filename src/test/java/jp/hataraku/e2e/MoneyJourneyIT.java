package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.billing.BillingFixtures;
import jp.hataraku.billing.Invoices;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.SubmitOutcome;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.payouts.internal.PayoutFixtures;
import jp.hataraku.payouts.internal.transfer.ZenginFile;
import jp.hataraku.payouts.internal.transfer.ZenginParser;
import jp.hataraku.payouts.transfer.TransferFixtures;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4's journey across the money modules, in one browser: a registered worker accepts the
 * written terms and her proofreading is approved; staff close the month and confirm it; the worker
 * reads her payment notice and its PDF; staff download the Zengin transfer file (parsed back here);
 * staff deliver the job, record the client's acceptance and issue a qualified invoice whose PDF
 * text (PDFBox) shows the registration number and the tax by rate. axe-core on every page.
 * <p>
 * Figures: 2 units × ¥4,321 = ¥8,642 of proofreading (subject to withholding); the worker is
 * registered, so 10% consumption tax ¥864; withholding ¥8,642 × 10.21% = ¥882; net ¥8,624. The
 * client pays 2 × ¥6,000 = ¥12,000 + 10% ¥1,200.
 */
class MoneyJourneyIT extends BrowserTest {

    private static final String STAFF_TOTP_SECRET = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ";
    private static final String PASSWORD = "money-journey-Secret-2026";

    @Autowired
    Organizations organizations;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    Payouts payouts;
    @Autowired
    Invoices invoices;
    @Autowired
    PayoutFixtures payoutFixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;

    private final TestTotp staffTotp = new TestTotp(STAFF_TOTP_SECRET);
    private final String staffEmail = "money-staff-" + System.nanoTime() + "@example.jp";
    private long contractor;
    private String registration;
    private long client;
    private long job;
    private long worker;
    private long staff;
    private LocalDate today;

    @BeforeAll
    void data() {
        today = clock.today();
        long town = organizations.registerMunicipality("報酬村", "ほうしゅうむら", "20", 3000);
        String corporate = BillingFixtures.corporateNumber();
        contractor = TransferFixtures.contractor(organizations, town, corporate);
        registration = "T" + corporate;
        client = clients.create(new Clients.NewClient(contractor, "株式会社みなと出版", "かぶしきがいしゃみなとしゅっぱん",
                ClientType.LISTED_COMPANY, Optional.empty()));
        clients.recordAgreement(client, Clients.AgreementKind.SERVICE_CONTRACT, today.minusYears(1), today.plusYears(1));
        clients.recordAgreement(client, Clients.AgreementKind.NDA, today.minusYears(1), today.plusYears(1));
        staff = accounts.createAccount(staffEmail, "公社 経理", PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, STAFF_TOTP_SECRET);
        long director = accounts.createAccount(WorkerFixtures.uniqueEmail("money-director"), "ディレクター", PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
        job = jobs.create(JobFixtures.withDirector(JobDetails.pool(contractor, client, "広報誌の校正", WorkKind.PROOFREADING,
                today.plusDays(30), JobFixtures.CARD, 1, 6_000, 4_321), director));
        jobs.open(job, today);
        long batch = tasks.createBatch(job, "校正原稿", "API", List.of("会社名"), Optional.empty());
        tasks.addItems(batch, List.of(NewItem.of(Map.of("会社名", "みなと出版")),
                NewItem.of(Map.of("会社名", "しらかば印刷"))));
        worker = payoutFixtures.registeredWorker(town);
        TransferFixtures.bankAccount(jdbc, worker, "7654321", "ﾔﾏﾀﾞ ﾊﾅｺ");
        jobs.addMember(job, worker);
    }


    private void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }


    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void approved_work_is_closed_paid_by_transfer_and_invoiced_to_the_client() throws Exception {
        // --- 1. the worker accepts the written terms in the browser, then her work is done and approved
        String workerEmail = workers.find(worker).orElseThrow().email();
        signIn(workerEmail, WorkerFixtures.PASSWORD);
        E2eTerms.acceptAll(this);
        for (int i = 0; i < 2; i++) {
            ClaimedTask claimed = tasks.claimNext(worker, Optional.of(job)).orElseThrow();
            SubmitOutcome outcome = tasks.submit(worker, claimed.taskId(), "money-" + i,
                    JobFixtures.card("みなと出版" + i));
            assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
            tasks.approve(claimed.taskId(), staff);
        }
        await("the approvals reached the pay ledger", () -> jdbc.sql(
                "SELECT count(*) FROM reward_line WHERE worker_id = :w AND contractor_id = :c")
                .param("w", worker).param("c", contractor).query(Long.class).single() == 2);

        // --- 2. staff close this month, review and confirm it
        driver.manage().deleteAllCookies();
        signInStaff(staffEmail, PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/payouts?contractor=" + contractor + "&lang=ja");
        assertPageIsGood();
        script("document.getElementById('month').value = arguments[0]", YearMonth.from(today).toString());
        find("#start-closing").click();
        waitFor("#confirm");
        assertThat(find("#total-gross").getText()).isEqualTo("8,642");
        assertPageIsGood();
        find("#confirm").click();
        waitFor("#locked");
        assertPageIsGood();
        long period = payouts.confirmedPeriods(contractor).get(0).id();
        assertThat(payouts.payoutsOf(period)).singleElement().satisfies(p -> {
            assertThat(p.consumptionTax().amount()).isEqualTo(864);
            assertThat(p.withholding().amount()).isEqualTo(882);
            assertThat(p.net().amount()).isEqualTo(8_624);
        });

        // --- 3. the worker reads her payment notice and its PDF
        driver.manage().deleteAllCookies();
        signIn(workerEmail, WorkerFixtures.PASSWORD);
        visit("/me/payments?lang=ja");
        assertPageIsGood();
        find("#payments a").click();
        waitFor("#notice-net");
        assertPageIsGood();
        assertThat(find("#purchase-statement").getText()).contains("仕入明細書");
        String notice = pdfText(download(find("#notice-pdf").getAttribute("href"), "application/pdf"));
        assertThat(notice).contains("支払通知書").contains("8,624").contains("882").contains(registration);
        visit("/me/payments");
        clickAndWaitForNewPage("#annual-years a");
        waitFor("h1");
        assertThat(currentPath()).startsWith("/me/payments/annual/" + today.getYear());
        assertPageIsGood();

        // --- 4. staff check the transfer report and download the Zengin file
        driver.manage().deleteAllCookies();
        signInStaff(staffEmail, PASSWORD, staffTotp);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().startsWith("/login"));
        visit("/payouts/transfers?lang=ja");
        assertPageIsGood();
        find("#period-" + period).click();
        waitFor("#summary");
        assertPageIsGood();
        assertThat(find("#payable-count").getText()).isEqualTo("1");
        byte[] zengin = submitForBytes("zengin-form");
        ZenginFile file = ZenginParser.parse(zengin);
        assertThat(file.data()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(8_624);
            assertThat(d.recipientName()).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        });
        assertThat(file.trailer()).isEqualTo(new ZenginFile.Trailer(1, 8_624));

        // --- 5. staff deliver the job, record the client's acceptance (検収) and invoice it
        visit("/jobs/" + job + "/deliveries");
        waitFor("#deliver-format");
        new Select(find("#deliver-format")).selectByValue("csv");
        find("#deliver-submit").click();
        waitFor("#delivery-notice");
        assertPageIsGood();
        clickAndWaitForNewPage("form[id^=decide-] button[type=submit]");
        waitFor("#delivery-notice");
        await("the accepted delivery became billable", () -> !invoices.unbilledForClient(client).isEmpty());

        visit("/billing/unbilled?lang=ja");
        waitFor("#issue-client-" + client);
        assertPageIsGood();
        find("#issue-client-" + client).click();
        waitFor("#issue-invoice");
        assertPageIsGood();
        find("#issue-invoice").click();
        waitFor("#invoice-pdf");
        assertPageIsGood();
        assertThat(find("#registration-number").getText()).contains(registration);
        String invoice = pdfText(download(find("#invoice-pdf").getAttribute("href"), "application/pdf"));
        assertThat(invoice).contains("登録番号 " + registration).contains("10%対象").contains("12,000円")
                .contains("消費税 1,200円").contains("13,200円");
    }
}
