package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4: a worker who joins a team reads the written terms (Freelance Act Art. 3) on their page
 * and accepts them before any work; until then the job cannot be claimed. axe-core on every page.
 */
class TermsIT extends BrowserTest {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Workers workers;
    @Autowired
    TokyoClock clock;

    @Test
    void a_new_member_reads_and_accepts_the_terms_then_claims_a_task() {
        long job = fixtures.openPoolJob(clock.today(), 1);
        fixtures.batch(job, 2);
        long worker = fixtures.activeWorker();
        jobs.addMember(job, worker);

        signIn(workers.find(worker).orElseThrow().email(), WorkerFixtures.PASSWORD);
        visit("/me/work");
        // no claim button yet: the terms come first, and the page says so
        assertThat(driver.findElements(By.id("claim-" + job))).isEmpty();
        assertThat(find("#terms-pending").getText()).contains("名刺入力");
        assertAccessible();
        find("#terms-link").click();
        wait(10).until(d -> currentPath().equals("/me/terms"));

        // the document is issued right after joining; the list shows it pending first
        long deadline = System.currentTimeMillis() + 20_000;
        while (driver.findElements(By.cssSelector("a[id^=terms-open-]")).isEmpty() && System.currentTimeMillis() < deadline) {
            pause();
            visit("/me/terms");
        }
        assertThat(find("#terms-table").getText()).contains("名刺入力").contains("同意待ち");
        assertAccessible();
        assertWorksAt320px();
        find("a[id^=terms-open-]").click();
        wait(10).until(d -> currentPath().matches("/me/terms/\\d+"));
        assertThat(find("#terms-document").getText()).contains("作業公社", "給付を受領する期日", "報酬の額", "1件につき12円",
                "報酬の支払期日", "60日以内", "検査を完了する期日");
        assertThat(find("#terms-pdf").getAttribute("href")).endsWith("/pdf");
        assertAccessible();

        // accepting without ticking the box is refused with a message at the box
        find("#terms-accept").click();
        wait(10).until(d -> !d.findElements(By.id("agree-error")).isEmpty());
        assertAccessible();
        E2eTerms.accept(this);
        assertThat(find("#terms-status").getText()).contains("同意しました");
        assertThat(find("#terms-state").getText()).contains("同意済み");
        assertAccessible();
        assertThat(jobs.termsAccepted(job, worker)).isTrue();

        visit("/me/work");
        assertThat(driver.findElements(By.id("terms-pending"))).isEmpty();
        find("#claim-" + job).click();
        wait(10).until(d -> currentPath().matches("/tasks/\\d+"));
        List<WebElement> fields = driver.findElements(By.id("field-name"));
        assertThat(fields).hasSize(1);
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
