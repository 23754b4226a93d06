package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 3's whole journey in one walk through the pages: staff register a client with its
 * service contract and NDA, set up a double-entry job with a two-field form, gold items, a
 * director and a team of two, open it and import 50 rows from a CSV; two workers type every
 * task at the keyboard (one of them mistypes one item); the director settles the disagreement,
 * sees the gold scores and accepts the batch on a sample; staff export the results and record a
 * delivery; the client's person sees the progress and the delivery in the portal and records the
 * acceptance (検収), which leaves the job ACCEPTED. Only people are set up through beans; every
 * distinct page on the way passes axe-core.
 */
class OrderToDeliveryIT extends BrowserTest {

    static final String PASSWORD = "order-to-delivery-Secret-2026";
    static final String STAFF_SECRET = "KRUGS4ZAN5ZGIZLSEB2G6IDEMVWGS5TF";
    static final String DIRECTOR_SECRET = "MRUXEZLDORXXEIDPMYQHC5LBNRUXI6I2";
    static final int ROWS = 50;
    static final Set<Integer> GOLD_ROWS = Set.of(5, 15, 25, 35, 45);
    static final int MISTYPED_ROW = 7;
    static final Map<String, String> INDUSTRIES = Map.of("製造業", "M", "サービス業", "S");

    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;
    @Autowired
    Jobs jobs;
    @Autowired
    TokyoClock clock;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void a_client_order_goes_from_contract_through_double_entry_to_an_accepted_delivery() throws Exception {
        long started = System.currentTimeMillis();
        LocalDate today = clock.today();

        // --- people only: a contractor serving a town, its staff, a director, two active workers
        long town = organizations.registerMunicipality("納品町" + unique, "のうひんちょう", "20", 5000);
        String contractorName = "納品振興公社" + unique;
        long contractor = organizations.registerContractor(new Organizations.NewContractor(contractorName,
                "のうひんしんこうこうしゃ", "8100005012345", "T8100005012345", "3990000", "長野県納品町1-1"));
        organizations.serve(contractor, town);
        String staffEmail = "o2d-staff-" + unique + "@e2e.test";
        long staff = accounts.createAccount(staffEmail, "公社 担当", PASSWORD, List.of(RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, STAFF_SECRET);
        String directorEmail = "o2d-director-" + unique + "@e2e.test";
        long director = accounts.createAccount(directorEmail, "品質 責任者" + unique, PASSWORD,
                List.of(RoleGrant.of(Role.DIRECTOR)));
        accounts.enrolTotp(director, DIRECTOR_SECRET);
        long first = E2ePeople.activeWorker(workers, town, "桜井 一美", "さくらい かずみ" + E2ePeople.kana(unique), PASSWORD);
        long second = E2ePeople.activeWorker(workers, town, "桜井 二葉", "さくらい ふたば" + E2ePeople.kana(unique), PASSWORD);

        // --- 1. staff: the client, its service contract and NDA
        TestTotp staffTotp = new TestTotp(STAFF_SECRET);
        signInStaff(staffEmail, PASSWORD, staffTotp);
        wait(15).until(d -> !currentPath().startsWith("/login"));
        visit("/clients");
        assertAccessible();
        find("#new-client").click();
        waitFor("#save-client");
        assertAccessible();
        type("name", "株式会社みなと物産" + unique);
        type("nameKana", "みなとぶっさん");
        new Select(find("#type")).selectByValue("OUTSIDE_PREFECTURE");
        new Select(find("#contractorId")).selectByVisibleText(contractorName);
        find("#save-client").click();
        waitFor("#done");
        assertAccessible();
        String clientPath = currentPath().replaceAll("[?#].*", "");
        long client = Long.parseLong(clientPath.substring(clientPath.lastIndexOf('/') + 1));
        Path pdf = Files.createTempFile("signed", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% signed\n".getBytes(StandardCharsets.US_ASCII));
        recordAgreement("SERVICE_CONTRACT", pdf, true);
        recordAgreement("NDA", pdf, false);
        Files.deleteIfExists(pdf);
        assertThat(find("#in-force").getText()).contains("そろっています");
        assertAccessible();

        // --- 2. the job: details, a two-field template, team, open
        visit("/jobs/new");
        waitFor("#job-form");
        assertAccessible();
        new Select(find("#clientId")).selectByValue(Long.toString(client));
        find("#title").sendKeys("取引先台帳入力 " + unique);
        new Select(find("#workKind")).selectByValue("DATA_ENTRY");
        new Select(find("#mode")).selectByValue("POOL");
        find("#description").sendKeys("取引先の会社名と業種を入力する");
        find("#deliverableFormat").sendKeys("CSV");
        find("#dueDate").sendKeys("令和12年3月31日");
        find("#clientUnitPrice").sendKeys("30");
        find("#rewardYen").sendKeys("12");
        clear("#overlap", "2");
        clear("#goldRatePercent", "50");
        new Select(find("#aql")).selectByValue("1.0");
        new Select(find("#directorAccountId")).selectByValue(Long.toString(director));
        find("#job-submit").click();
        wait(10).until(d -> currentPath().matches("/jobs/\\d+"));
        long job = Long.parseLong(currentPath().substring("/jobs/".length()));
        assertThat(find("#job-status").getText()).isEqualTo("下書き");
        assertAccessible();

        visit("/jobs/" + job + "/template");
        waitFor("#template-form");
        assertAccessible();
        E2eJobPages.addField(this, 0, "name", "会社名", "TEXT");
        find("#fields-0-required").click();
        E2eJobPages.addField(this, 1, "industry", "業種", "SINGLE_CHOICE");
        find("#fields-1-choices").sendKeys("M=製造業\nS=サービス業");
        waitForText("#preview", "業種");
        find("#template-save").click();
        waitFor("#done");
        assertThat(jobs.find(job).orElseThrow().details().template().fieldNames()).containsExactly("name", "industry");
        assertAccessible();

        visit("/jobs/" + job + "/team");
        waitFor("#team-search");
        assertAccessible();
        E2eJobPages.addMember(this, "さくらい", first);
        E2eJobPages.addMember(this, "さくらい", second);
        assertThat(jobs.members(job)).containsExactlyInAnyOrder(first, second);
        assertAccessible();

        visit("/jobs/" + job);
        find("#action-open").click();
        waitForText("#job-status", "募集中");
        assertAccessible();

        // --- 3. 50 rows from a CSV, five of them gold, through the preview
        visit("/jobs/" + job + "/batches");
        assertAccessible();
        Path csv = Files.createTempFile("suppliers", ".csv");
        Files.writeString(csv, csv(), StandardCharsets.UTF_8);
        find("#batch-file").sendKeys(csv.toAbsolutePath().toString());
        find("#batch-preview").click();
        waitFor("#preview-summary");
        assertThat(find("#preview-summary").getText()).contains("データ行 " + ROWS + " 行").contains("正しい行 " + ROWS + " 行");
        assertAccessible();
        find("#batch-confirm").click();
        waitFor("#batch-progress");
        wait(30).until(d -> d.findElement(By.id("batch-status")).getText().equals("完了"));
        assertThat(find("#batch-counts").getText()).contains(ROWS + " / " + ROWS);
        long batch = Long.parseLong(currentPath().replaceAll("[?#].*", "").replaceAll(".*/", ""));
        assertAccessible();
        Files.deleteIfExists(csv);

        // --- 4. two workers, one after the other, type every task; the second mistypes one item
        int typedByFirst = typeEverything(first, job, false);
        int typedBySecond = typeEverything(second, job, true);
        int pool = ROWS - GOLD_ROWS.size();
        assertThat(typedByFirst).isBetween(pool + 1, ROWS);
        assertThat(typedBySecond).isBetween(pool + 1, ROWS);

        // --- 5. the director settles the disagreement, sees the gold scores, accepts on a sample
        driver.manage().deleteAllCookies();
        signInStaff(directorEmail, PASSWORD, new TestTotp(DIRECTOR_SECRET));
        wait(15).until(d -> !currentPath().startsWith("/login"));
        String disputedName = companyOf(MISTYPED_ROW);
        long deadline = System.currentTimeMillis() + 20_000;
        do {
            visit("/jobs/" + job + "/adjudication");
        } while (driver.findElements(By.cssSelector("[id^=adjudicate-]")).isEmpty()
                && System.currentTimeMillis() < deadline && pause());
        List<WebElement> disputes = driver.findElements(By.cssSelector("[id^=adjudicate-]"));
        assertThat(disputes).hasSize(1);
        assertAccessible();
        disputes.get(0).click();
        waitFor("#adjudication-submit");
        assertThat(find("#row-name").getText()).contains("不一致");
        assertThat(find("#row-industry").getText()).contains("一致");
        assertAccessible();
        WebElement right = driver.findElements(By.cssSelector("label[for^=choice_name_]")).stream()
                .filter(l -> !l.getAttribute("for").endsWith("_other"))
                .filter(l -> l.getText().contains(disputedName) && !l.getText().contains(disputedName + "X"))
                .findFirst().orElseThrow();
        find("#" + right.getAttribute("for")).click();
        find("#adjudication-submit").click();
        wait(10).until(d -> currentPath().equals("/jobs/" + job + "/adjudication"));
        assertThat(find("#flash-done").getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("[id^=adjudicate-]"))).isEmpty();
        assertAccessible();

        visit("/jobs/" + job + "/quality");
        waitFor("#gold-table");
        assertThat(find("#open-adjudications").getText()).isEqualTo("0");
        List<WebElement> goldRows = driver.findElements(By.cssSelector("#gold-table tbody tr"));
        assertThat(goldRows).hasSize(2).allSatisfy(r -> assertThat(r.getText()).contains("100"));
        assertAccessible();

        visit("/jobs/" + job + "/review");
        assertAccessible();
        find("#sampling-" + batch).click();
        waitFor("#draw-sample");
        assertAccessible();
        find("#draw-sample").click();
        waitFor("#decide-lot");
        assertAccessible();
        for (WebElement ok : driver.findElements(By.cssSelector("input[type=radio][value=OK]"))) {
            ok.click();
        }
        find("#decide-lot").click();
        waitFor("#flash-done");
        assertThat(find("#sampling-state").getText()).isEqualTo("合格");
        assertAccessible();

        // --- 6. staff export the results and record a delivery
        driver.manage().deleteAllCookies();
        signInStaff(staffEmail, PASSWORD, staffTotp);
        wait(15).until(d -> !currentPath().startsWith("/login"));
        visit("/jobs/" + job + "/progress");
        waitFor("#progress-summary");
        assertThat(find("#progress-done").getText()).startsWith(pool + " ");
        assertAccessible();
        visit("/jobs/" + job + "/deliveries");
        waitFor("#export-csv");
        assertAccessible();
        String exported = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                find("#export-csv").getAttribute("href"));
        List<String> lines = exported.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(pool + 1);
        assertThat(exported).contains(disputedName).doesNotContain(disputedName + "X").contains("製造業");
        new Select(find("#deliver-format")).selectByValue("csv");
        find("#deliver-submit").click();
        waitFor("#delivery-notice");
        assertThat(find("#delivery-table").getText()).contains(Integer.toString(pool));
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.DELIVERED);
        assertAccessible();

        // --- 7. the client's person sees the progress and the delivery, and records 検収 with a date
        String clientEmail = "o2d-client-" + unique + "@e2e.test";
        accounts.createAccount(clientEmail, "みなと 担当", PASSWORD, List.of(new RoleGrant(Role.CLIENT_USER, client)));
        driver.manage().deleteAllCookies();
        signIn(clientEmail, PASSWORD);
        visit("/portal/jobs");
        assertAccessible();
        find("a[href$='/portal/jobs/" + job + "']").click();
        waitFor("#progress-summary");
        assertThat(find("#progress-done").getText()).startsWith(pool + " ");
        assertThat(find("#delivery-table").getText()).contains(Integer.toString(pool));
        assertAccessible();
        WebElement decide = find("form[id^=decide-]");
        long delivery = Long.parseLong(decide.getAttribute("id").substring("decide-".length()));
        LocalDate acceptedOn = today;
        script("arguments[0].value = arguments[1]", find("#accepted-on-" + delivery), acceptedOn.toString());
        find("#decide-submit-" + delivery).click();
        waitFor("#delivery-notice");
        assertThat(find("#delivery-notice").getText()).isEqualTo("検収を記録しました。");
        assertThat(find("#delivery-status-" + delivery).getText()).contains("検収済み")
                .contains(acceptedOn.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        assertAccessible();
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.ACCEPTED);

        System.out.printf("OrderToDeliveryIT walked the journey in %.1f s%n", (System.currentTimeMillis() - started) / 1000.0);
    }

    // --- the CSV: 会社名 and 業種 to type from, gold answers on five rows -------------------------

    private String csv() {
        StringBuilder out = new StringBuilder("会社名,業種,gold:name,gold:industry\r\n");
        for (int row = 1; row <= ROWS; row++) {
            String industry = industryOf(row);
            out.append(companyOf(row)).append(',').append(industry);
            if (GOLD_ROWS.contains(row)) {
                out.append(',').append(companyOf(row)).append(',').append(INDUSTRIES.get(industry));
            } else {
                out.append(",,");
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private String companyOf(int row) {
        return "みなと商会" + row + "号";
    }

    private static String industryOf(int row) {
        return row % 3 == 0 ? "サービス業" : "製造業";
    }

    // --- the worker at the keyboard ----------------------------------------------------------------

    /** Signs the worker in and types task after task until none is left; returns how many. */
    private int typeEverything(long worker, long job, boolean mistypeOne) {
        driver.manage().deleteAllCookies();
        signIn(workers.find(worker).orElseThrow().email(), PASSWORD);
        // a new member reads and accepts the job's written terms before any work (issue 4)
        E2eTerms.acceptAll(this);
        visit("/me/work");
        waitFor("#claim-" + job);
        assertAccessible();
        find("#claim-" + job).click();
        wait(10).until(d -> currentPath().matches("/tasks/\\d+"));
        assertAccessible();
        int typed = 0;
        String mistyped = companyOf(MISTYPED_ROW);
        while (currentPath().matches("/tasks/\\d+")) {
            assertThat(typed).as("more tasks than the job has").isLessThan(ROWS + 1);
            String task = currentPath();
            // read what to type only from the fully loaded page of this task (never the previous one's)
            wait(10).until(d -> "complete".equals(script("return document.readyState"))
                    && !d.findElements(By.cssSelector("#source dd")).isEmpty());
            Map<String, String> source = source();
            String name = source.get("会社名");
            String intended = mistypeOne && name.equals(mistyped) ? name + "X" : name;
            typeInto("#field-name", intended);
            WebElement choice = find("#field-industry-" + INDUSTRIES.get(source.get("業種")));
            choice.click();
            if (!choice.isSelected()) {
                choice.click();
            }
            assertThat(choice.isSelected()).as("the industry chosen just before handing in").isTrue();
            assertThat(find("#field-name").getDomProperty("value")).as("the name field just before handing in")
                    .isEqualTo(intended);
            choice.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait(10).until(d -> !currentPath().equals(task) && "complete".equals(script("return document.readyState")));
            typed++;
        }
        assertThat(currentPath()).startsWith("/me/work");
        return typed;
    }

    /**
     * Types the value and checks the field holds exactly it before moving on. One CI run (of six)
     * saw three disagreements instead of one: a field that did not end up holding the typed text is
     * cleared and typed again, so the only disagreement is the intended one.
     */
    private void typeInto(String css, String intended) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement field = find(css);
            field.click();
            field.clear();
            field.sendKeys(intended);
            if (intended.equals(field.getDomProperty("value"))) {
                return;
            }
        }
        assertThat(find(css).getDomProperty("value")).as("what the name field holds").isEqualTo(intended);
    }

    private Map<String, String> source() {
        List<WebElement> dts = driver.findElements(By.cssSelector("#source dt"));
        List<WebElement> dds = driver.findElements(By.cssSelector("#source dd"));
        Map<String, String> source = new LinkedHashMap<>();
        for (int i = 0; i < dts.size(); i++) {
            source.put(dts.get(i).getText(), dds.get(i).getText());
        }
        return source;
    }

    // --- helpers copied from the other browser tests ------------------------------------------------

    private void recordAgreement(String kind, Path pdf, boolean checkForm) {
        find("#new-agreement").click();
        waitFor("#save-agreement");
        if (checkForm) {
            assertAccessible();
        }
        new Select(find("#kind")).selectByValue(kind);
        type("validFrom", "2026/4/1");
        type("validTo", "2099/3/31");
        find("#file").sendKeys(pdf.toString());
        find("#save-agreement").click();
        waitFor("#done");
    }



    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void clear(String css, String value) {
        find(css).clear();
        if (!value.isEmpty()) {
            find(css).sendKeys(value);
        }
    }


    private static boolean pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void waitFor(String css) {
        wait(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private void waitForText(String css, String text) {
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }
}
