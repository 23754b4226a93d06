package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contractor staff set up a job in the browser: create it with every detail, build a three-field
 * task form in the template builder, put two active workers on the team, and open it for a client
 * with a contract and NDA in force. Every page on the way passes axe-core and fits 320 px.
 */
class JobSetupIT extends BrowserTest {

    static final String PASSWORD = "job-setup-Secret-2026";
    static final String SECRET = "KRUGS4ZANFZSA5DIMUQGU33CEBZWK5DV";

    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Clients clients;
    @Autowired
    Workers workers;
    @Autowired
    Jobs jobs;
    @Autowired
    TokyoClock clock;

    @Test
    void staff_create_a_job_build_its_form_make_a_team_and_open_it() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = clock.today();
        long town = organizations.registerMunicipality("業務町" + unique, "ぎょうむちょう", "20", 6000);
        long contractor = organizations.registerContractor(new Organizations.NewContractor("業務振興公社" + unique,
                "ぎょうむしんこうこうしゃ", "8100005012345", "T8100005012345", "3990000", "長野県業務町1-1"));
        organizations.serve(contractor, town);
        long client = clients.create(new Clients.NewClient(contractor, "株式会社はるかぜ" + unique, "はるかぜ",
                ClientType.LISTED_COMPANY, Optional.empty()));
        clients.recordAgreement(client, Clients.AgreementKind.SERVICE_CONTRACT, today.minusDays(10), today.plusYears(1));
        clients.recordAgreement(client, Clients.AgreementKind.NDA, today.minusDays(10), today.plusYears(1));
        String staffEmail = "job-staff-" + unique + "@e2e.test";
        long staff = accounts.createAccount(staffEmail, "公社 職員", PASSWORD, List.of(RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.enrolTotp(staff, SECRET);
        long director = accounts.createAccount("job-director-" + unique + "@e2e.test", "進行 花子" + unique, PASSWORD,
                List.of(RoleGrant.of(Role.DIRECTOR)));
        long first = E2ePeople.activeWorker(workers, town, "森 一子", "もり かずこ" + E2ePeople.kana(unique), PASSWORD);
        long second = E2ePeople.activeWorker(workers, town, "森 二郎", "もり じろう" + E2ePeople.kana(unique), PASSWORD);

        signInStaff(staffEmail, PASSWORD, new TestTotp(SECRET));
        waitForPath("/");

        // 1. The list, then a new job with every detail (the due date in the Japanese era).
        visit("/jobs");
        waitFor("#job-search");
        assertAccessible();
        assertWorksAt320px();
        find("#new-job").click();
        waitForPath("/jobs/new");
        assertAccessible();
        assertWorksAt320px();
        find("#job-submit").click(); // empty first: the errors are listed and announced
        waitFor("#error-summary");
        assertThat(find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        new Select(find("#clientId")).selectByValue(Long.toString(client));
        find("#title").sendKeys("名刺データ入力 " + unique);
        new Select(find("#workKind")).selectByValue("DATA_ENTRY");
        new Select(find("#mode")).selectByValue("POOL");
        find("#description").sendKeys("名刺の会社名・氏名・種別を入力する");
        find("#deliverableFormat").sendKeys("CSV");
        find("#dueDate").sendKeys("令和12年3月31日");
        find("#clientUnitPrice").sendKeys("30");
        find("#rewardYen").sendKeys("12");
        clear("#overlap", "2");
        new Select(find("#aql")).selectByValue("1.0");
        new Select(find("#directorAccountId")).selectByValue(Long.toString(director));
        find("#job-submit").click();
        wait(Duration.ofSeconds(10)).until(d -> currentPath().matches("/jobs/\\d+"));
        long id = Long.parseLong(currentPath().substring("/jobs/".length()));
        assertThat(find("#done").getText()).isNotBlank();
        assertThat(find("#job-status").getText()).isEqualTo("下書き");
        assertAccessible();
        assertWorksAt320px();

        // 2. The template builder: three fields, added with the button (htmx swaps the builder).
        visit("/jobs/" + id + "/template");
        waitFor("#template-form");
        assertAccessible();
        assertWorksAt320px();
        E2eJobPages.addField(this, 0, "company", "会社名", "TEXT");
        find("#fields-0-required").click();
        E2eJobPages.addField(this, 1, "person", "氏名", "TEXT");
        E2eJobPages.addField(this, 2, "kind", "会社の種別", "SINGLE_CHOICE");
        find("#fields-2-pattern").sendKeys("([a-z");
        find("#template-save").click();
        waitFor("#fields-2-pattern-error");
        assertThat(find("#fields-2-choices-error").getText()).contains("選択肢を1つ以上");
        assertAccessible();
        clear("#fields-2-pattern", "");
        find("#fields-2-choices").sendKeys("K=株式会社\nY=有限会社\nO=その他");
        waitForText("#preview", "会社の種別");
        find("#template-save").click();
        waitFor("#done");
        JobSummary saved = jobs.find(id).orElseThrow();
        assertThat(saved.details().template().fieldNames()).containsExactly("company", "person", "kind");
        assertThat(saved.details().template().field("kind").orElseThrow().type()).isEqualTo(FieldType.SINGLE_CHOICE);
        assertAccessible();
        assertWorksAt320px();

        // 3. The team: two active workers found by a live kana search.
        visit("/jobs/" + id + "/team");
        waitFor("#team-search");
        assertAccessible();
        assertWorksAt320px();
        E2eJobPages.addMember(this, "もり", first);
        E2eJobPages.addMember(this, "もり", second);
        waitForText("#member-table", "森 二郎");
        assertThat(jobs.members(id)).containsExactlyInAnyOrder(first, second);
        assertAccessible();
        assertWorksAt320px();

        // 4. Open the job: the client's contract and NDA are in force.
        visit("/jobs/" + id);
        find("#action-open").click();
        waitForText("#job-status", "募集中");
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.OPEN);
        assertThat(find("#history-table").getText()).contains("募集中");
        assertAccessible();
        assertWorksAt320px();
    }



    private void clear(String css, String value) {
        find(css).clear();
        if (!value.isEmpty()) {
            find(css).sendKeys(value);
        }
    }


    WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void waitFor(String css) {
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitForPath(String path) {
        wait(Duration.ofSeconds(10)).until(d -> currentPath().equals(path));
    }
}
