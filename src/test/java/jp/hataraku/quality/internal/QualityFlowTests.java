package jp.hataraku.quality.internal;

import static jp.hataraku.quality.internal.QualityWork.await;
import static jp.hataraku.quality.internal.QualityWork.workThrough;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemStatus;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskSubmitted;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Double entry, gold, adjudication and scores through the real jobs flows and the real async listener. */
@SpringBootTest
@RecordApplicationEvents
class QualityFlowTests {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmissionListener listener;
    @Autowired
    Review review;
    @Autowired
    EvidenceLedger ledger;
    @Autowired
    ApplicationEvents events;

    LocalDate today;

    @BeforeEach
    void freezeTime() {
        clock.setFixed(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        today = clock.today();
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    long comparisons(long job) {
        return jdbc.sql("SELECT count(*) FROM quality_comparison WHERE job_id = :j").param("j", job).query(Long.class).single();
    }

    long evidenceRows(long job) {
        return jdbc.sql("SELECT count(*) FROM quality_evidence WHERE job_id = :j").param("j", job).query(Long.class).single();
    }

    @Test
    void two_agreeing_entries_settle_the_item_by_themselves() {
        long job = fixtures.openPoolJob(today, 2);
        fixtures.batch(job, 2);
        List<Long> team = fixtures.team(job, 2);
        workThrough(tasks, team.get(0), job, n -> JobFixtures.card("山田 太郎" + n));
        // the second worker typed full-width digits and extra spaces: the same answer after normalisation
        workThrough(tasks, team.get(1), job, n -> JobFixtures.card("山田　 太郎" + (char) ('０' + n)));

        await(() -> comparisons(job) == 2);
        List<ItemInReview> items = tasks.itemsInReview(job, Optional.empty());
        assertThat(items).hasSize(2).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(ItemStatus.CHECKED);
            assertThat(i.finalValues().orElseThrow()).containsEntry("company", "株式会社サンプル");
            assertThat(i.submitted()).hasSize(2);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM quality_adjudication WHERE job_id = :j").param("j", job)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT sum(fields_agreed) FROM quality_evidence WHERE worker_id = :w")
                .param("w", team.get(1)).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void disagreeing_entries_wait_for_an_adjudicator_who_settles_them() {
        long job = fixtures.openPoolJob(today, 2);
        fixtures.batch(job, 1);
        List<Long> team = fixtures.team(job, 2);
        workThrough(tasks, team.get(0), job, n -> JobFixtures.card("山田 太郎"));
        workThrough(tasks, team.get(1), job, n -> JobFixtures.card("山田 次郎"));

        await(() -> !review.adjudications(jobs.find(job).orElseThrow()).isEmpty());
        JobSummary summary = jobs.find(job).orElseThrow();
        QualityRepository.Adjudication a = review.adjudications(summary).get(0);
        assertThat(a.fields()).containsExactly("name");
        assertThat(tasks.itemsInReview(job, Optional.empty()).get(0).status()).isEqualTo(ItemStatus.ADJUDICATION);

        assertThat(review.adjudicate(summary, a.itemId(), JobFixtures.card("山田 次郎"), fixtures.director())).isEmpty();

        ItemInReview settled = tasks.itemsInReview(job, Optional.empty()).get(0);
        assertThat(settled.status()).isEqualTo(ItemStatus.CHECKED);
        assertThat(settled.finalValues().orElseThrow()).containsEntry("name", "山田 次郎");
        assertThat(jdbc.sql("SELECT fields_agreed FROM quality_evidence WHERE worker_id = :w AND source_key LIKE 'adjudicated:%'")
                .param("w", team.get(0)).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT fields_agreed FROM quality_evidence WHERE worker_id = :w AND source_key LIKE 'adjudicated:%'")
                .param("w", team.get(1)).query(Integer.class).single()).isEqualTo(3);
        assertThat(review.adjudications(summary)).isEmpty();
    }

    @Test
    void an_adjudicator_cannot_settle_with_values_the_template_refuses() {
        long job = fixtures.openPoolJob(today, 2);
        fixtures.batch(job, 1);
        List<Long> team = fixtures.team(job, 2);
        workThrough(tasks, team.get(0), job, n -> JobFixtures.card("甲"));
        workThrough(tasks, team.get(1), job, n -> JobFixtures.card("乙"));
        await(() -> !review.adjudications(jobs.find(job).orElseThrow()).isEmpty());
        JobSummary summary = jobs.find(job).orElseThrow();
        long item = review.adjudications(summary).get(0).itemId();

        assertThat(review.adjudicate(summary, item, Map.of("name", ""), fixtures.director()))
                .extracting(e -> e.field()).containsExactly("name");
        assertThat(review.adjudications(summary)).hasSize(1);
    }

    @Test
    void the_same_event_heard_twice_compares_and_counts_once() {
        long job = fixtures.openPoolJob(today, 2);
        fixtures.batch(job, 1);
        List<Long> team = fixtures.team(job, 2);
        workThrough(tasks, team.get(0), job, n -> JobFixtures.card("同じ"));
        workThrough(tasks, team.get(1), job, n -> JobFixtures.card("同じ"));
        await(() -> comparisons(job) == 1);
        long evidenceBefore = evidenceRows(job);
        TaskSubmitted last = events.stream(TaskSubmitted.class).filter(e -> e.jobId() == job).reduce((a, b) -> b).orElseThrow();

        listener.on(last);
        listener.on(last);

        assertThat(comparisons(job)).isEqualTo(1);
        assertThat(evidenceRows(job)).isEqualTo(evidenceBefore).isEqualTo(2);
        assertThat(tasks.itemsInReview(job, Optional.empty()).get(0).status()).isEqualTo(ItemStatus.CHECKED);
    }

    @Test
    void a_gold_task_is_scored_and_approved_by_the_platform() {
        long job = fixtures.openPoolJob(today, 1, d -> QualityWork.with(d, null, 50, 0, Optional.empty()));
        long batch = tasks.createBatch(job, "gold", "API", List.of("image"), Optional.empty());
        tasks.addItems(batch, List.of(NewItem.gold(Map.of("image", "gold.png"), JobFixtures.card("正解"))));
        long w = fixtures.team(job, 1).get(0);
        long goldTask = 0;
        for (int i = 0; i < 100 && goldTask == 0; i++) { // gold is mixed in at random (50 %)
            goldTask = tasks.claimNext(w, Optional.of(job)).map(t -> t.taskId()).orElse(0L);
        }
        assertThat(goldTask).isNotZero();
        Map<String, String> answer = JobFixtures.card("不正解");
        tasks.submit(w, goldTask, "gold", answer);

        long task = goldTask;
        await(() -> tasks.info(task).orElseThrow().status() == TaskStatus.APPROVED);
        assertThat(tasks.info(task).orElseThrow().kind()).isEqualTo(TaskKind.GOLD);
        assertThat(jdbc.sql("SELECT scored || '/' || correct || ' ' || array_to_string(wrong_fields, ',') FROM quality_gold_score WHERE task_id = :t")
                .param("t", task).query(String.class).single()).isEqualTo("3/2 name");
        assertThat(jdbc.sql("SELECT gold_scored || '/' || gold_correct FROM quality_evidence WHERE worker_id = :w")
                .param("w", w).query(String.class).single()).isEqualTo("1/0");
        await(() -> events.stream(TaskApproved.class).anyMatch(e -> e.taskId() == task));
        assertThat(jdbc.sql("SELECT reviewed_by FROM submission WHERE task_id = :t").param("t", task)
                .query(Long.class).single()).isEqualTo(GoldScoring.SYSTEM_REVIEWER);
    }

    @Test
    void returns_lower_the_score_pushed_to_jobs_until_claims_are_refused() {
        long job = fixtures.openPoolJob(today, 1, d -> QualityWork.with(d, null, 0, 50, Optional.empty()));
        fixtures.batch(job, 7);
        long w = fixtures.team(job, 1).get(0);
        JobSummary summary = jobs.find(job).orElseThrow();
        for (int i = 0; i < 5; i++) {
            long t = tasks.claimNext(w, Optional.of(job)).orElseThrow().taskId();
            tasks.submit(w, t, "k" + t, JobFixtures.card("雑な入力"));
            review.decideTask(summary, review.task(t), Review.Decision.RETURN, "画像と違います", fixtures.director());
        }

        assertThat(ledger.score(w, WorkKind.DATA_ENTRY).value()).isZero();
        assertThat(jdbc.sql("SELECT score FROM worker_quality WHERE worker_id = :w").param("w", w)
                .query(Integer.class).single()).isZero();
        assertThat(tasks.claimNext(w, Optional.of(job))).as("below the job's threshold of 50").isEmpty();
    }
}
