package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 3's "done when": a worker's draft survives closing the browser. She types, the page says
 * it saved, the browser is closed (a child closed the tab), a new browser with an empty profile
 * signs in again and the task shows what she typed.
 */
class DraftSurvivesIT extends BrowserTest {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    Workers workers;
    @Autowired
    TokyoClock clock;

    @Test
    void a_draft_survives_closing_the_browser_and_signing_in_again() throws IOException {
        long job = fixtures.openPoolJob(clock.today(), 1);
        fixtures.batch(job, 1);
        long worker = fixtures.team(job, 1).get(0);
        String email = workers.find(worker).orElseThrow().email();
        ClaimedTask task = tasks.claimNext(worker, Optional.of(job)).orElseThrow();

        signIn(email, WorkerFixtures.PASSWORD);
        visit("/tasks/" + task.taskId());
        find("#field-name").sendKeys("昼寝中 花子");
        find("#field-company").sendKeys("株式会社おひるね");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#work-status"), "に保存しました"));

        driver.quit();
        driver = null;
        startBrowser();

        signIn(email, WorkerFixtures.PASSWORD);
        visit("/tasks/" + task.taskId());
        assertThat(find("#field-name").getAttribute("value")).isEqualTo("昼寝中 花子");
        assertThat(find("#field-company").getAttribute("value")).isEqualTo("株式会社おひるね");
    }
}
