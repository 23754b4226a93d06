package jp.hataraku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemStatus;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A director settles a double-entry disagreement and approves the batch through acceptance sampling. */
class AdjudicationIT extends BrowserTest {

    static final String PASSWORD = "adjudication-Secret-2026";
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    Accounts accounts;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    TokyoClock clock;

    @Test
    void a_director_adjudicates_a_disagreement_and_accepts_the_batch_on_a_sample() {
        String email = "director-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.test";
        long director = accounts.createAccount(email, "品質 ディレクター", PASSWORD, List.of(RoleGrant.of(Role.DIRECTOR)));
        accounts.enrolTotp(director, SECRET);
        LocalDate today = clock.today();
        long job = fixtures.openPoolJob(today, 2, d -> JobFixtures.withDirector(d, director));
        long batch = fixtures.batch(job, 2);
        List<Long> team = fixtures.team(job, 2);
        enterAll(team.get(0), job, "山田 太郎", "山田 太郎");
        enterAll(team.get(1), job, "山田 次郎", "山田 太郎");
        waitUntil(() -> tasks.itemsInReview(job, Optional.empty()).stream()
                .anyMatch(i -> i.status() == ItemStatus.ADJUDICATION));
        long disputed = tasks.itemsInReview(job, Optional.empty()).stream()
                .filter(i -> i.status() == ItemStatus.ADJUDICATION).findFirst().orElseThrow().itemId();

        signInStaff(email, PASSWORD, new TestTotp(SECRET));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !currentPath().startsWith("/login"));

        visit("/jobs/" + job + "/adjudication");
        assertAccessible();
        assertWorksAt320px();
        find("#adjudicate-" + disputed).click();
        assertThat(find("#row-name").getAttribute("class")).contains("disagree");
        assertThat(find("#row-name").getText()).contains("不一致");
        assertThat(find("#row-company").getText()).contains("一致");
        assertAccessible();
        assertWorksAt320px();
        find("#choice_name_1").click();
        find("#adjudication-submit").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> currentPath().equals("/jobs/" + job + "/adjudication"));
        assertThat(find("#flash-done").getText()).isNotBlank();
        assertThat(tasks.itemsInReview(job, Optional.empty())).allMatch(i -> i.status() == ItemStatus.CHECKED);

        visit("/jobs/" + job + "/review");
        assertAccessible();
        assertWorksAt320px();
        find("#sampling-" + batch).click();
        assertAccessible();
        assertWorksAt320px();
        find("#draw-sample").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("decide-lot")).isEmpty());
        assertAccessible();
        assertWorksAt320px();
        for (WebElement ok : driver.findElements(By.cssSelector("input[type=radio][value=OK]"))) {
            ok.click();
        }
        find("#decide-lot").click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("flash-done")).isEmpty());
        assertThat(find("#sampling-state").getText()).isEqualTo("合格");
        assertAccessible();
        List<ItemInReview> left = tasks.itemsInReview(job, Optional.empty());
        assertThat(left).isEmpty();
        assertThat(tasks.info(disputedTask(job, team.get(0))).orElseThrow().status()).isEqualTo(TaskStatus.APPROVED);

        visit("/jobs/" + job + "/quality");
        assertThat(find("#agreement-rate").getText()).startsWith("83.3%");
        assertAccessible();
        assertWorksAt320px();
    }

    private final Map<Long, Long> firstTaskOf = new java.util.HashMap<>();

    private long disputedTask(long job, long worker) {
        return firstTaskOf.get(worker);
    }

    /** The worker enters card 1 with {@code first} as the name and card 2 with {@code second}. */
    private void enterAll(long worker, long job, String first, String second) {
        for (int i = 0; i < 2; i++) {
            ClaimedTask t = tasks.claimNext(worker, Optional.of(job)).orElseThrow();
            String image = tasks.view(worker, t.taskId()).source().get("image");
            boolean one = image.equals("card-1.png");
            if (one) {
                firstTaskOf.put(worker, t.taskId());
            }
            tasks.submit(worker, t.taskId(), "e2e-" + t.taskId(), JobFixtures.card(one ? first : second));
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the listener did not compare the entries in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
