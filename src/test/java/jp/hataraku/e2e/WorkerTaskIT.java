package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident works through the pool at the keyboard: claims a task on "my work", types with
 * Enter moving to the next field, sees the autosave, hands in with Ctrl+Enter and lands on the
 * next task. Both pages pass axe-core and fit 320 px, the error summary too.
 */
class WorkerTaskIT extends BrowserTest {

    static final TaskTemplate CARD_WITH_AMOUNT = new TaskTemplate(List.of(
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            TemplateField.of("company", "会社名", FieldType.TEXT, false),
            TemplateField.of("employees", "従業員数", FieldType.NUMBER, false)));

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Workers workers;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_worker_claims_types_sees_the_autosave_and_submits_with_ctrl_enter_onto_the_next_task() {
        LocalDate today = clock.today();
        long job = fixtures.openPoolJob(today, 1, d -> withTemplate(d, CARD_WITH_AMOUNT));
        fixtures.batch(job, 3);
        long worker = fixtures.team(job, 1).get(0);
        signIn(workers.find(worker).orElseThrow().email(), WorkerFixtures.PASSWORD);

        visit("/me/work");
        assertThat(find("h1").getText()).isEqualTo("わたしの作業");
        assertAccessible();
        assertWorksAt320px();
        find("#claim-" + job).click();
        wait(Duration.ofSeconds(10)).until(d -> currentPath().matches("/tasks/\\d+"));
        String first = currentPath();
        assertAccessible();
        assertWorksAt320px();

        WebElement name = find("#field-name");
        name.click();
        name.sendKeys("山田 太郎");
        name.sendKeys(Keys.ENTER);
        assertThat(activeId()).as("Enter moves to the next field").isEqualTo("field-company");
        driver.switchTo().activeElement().sendKeys("株式会社やまびこ");
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#work-status"), "に保存しました"));
        long taskId = Long.parseLong(first.substring("/tasks/".length()));
        assertThat(jdbc.sql("SELECT data->>'company' FROM draft WHERE task_id = :t").param("t", taskId)
                .query(String.class).single()).isEqualTo("株式会社やまびこ");

        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait(Duration.ofSeconds(10)).until(d -> currentPath().matches("/tasks/\\d+") && !currentPath().equals(first));
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE task_id = :t").param("t", taskId)
                .query(Long.class).single()).isEqualTo(1);

        // the next task, handed in empty: the error summary links to the field and stays accessible
        find("#field-employees").sendKeys("たくさん");
        find("#field-employees").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(find("#field-name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#error-summary a[href='#field-name']").isDisplayed()).isTrue();
        assertThat(find("#field-employees").getAttribute("value")).isEqualTo("たくさん");
        assertAccessible();
        assertWorksAt320px();
    }

    @Test
    void the_source_image_zooms_and_rotates_with_buttons_and_keys() {
        LocalDate today = clock.today();
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        long worker = fixtures.team(job, 1).get(0);
        signIn(workers.find(worker).orElseThrow().email(), WorkerFixtures.PASSWORD);
        visit("/me/work");
        find("#claim-" + job).click();
        wait(Duration.ofSeconds(10)).until(d -> currentPath().matches("/tasks/\\d+"));
        // no file on these items: the page says what to work from as a definition list
        assertThat(find("#source dt").getText()).isEqualTo("image");
        assertThat(driver.findElements(By.id("viewer"))).isEmpty();
        find("#keys-help summary").click();
        assertThat(find("#keys-help").getText()).contains("Ctrl+Enter");
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    private static jp.hataraku.jobs.JobDetails withTemplate(jp.hataraku.jobs.JobDetails d, TaskTemplate t) {
        return new jp.hataraku.jobs.JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(),
                d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(),
                d.qualifications(), d.confidentiality(), t, d.overlap(), d.goldRatePercent(), d.leaseMinutes(),
                d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId());
    }
}
