package jp.hataraku.quality.internal;

import static jp.hataraku.quality.internal.QualityWork.await;
import static jp.hataraku.quality.internal.QualityWork.workThrough;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.Choice;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.quality.AcceptanceSampling;
import jp.hataraku.quality.LotDecision;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SamplingAndReportTests {

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
    Sampling sampling;
    @Autowired
    Review review;
    @Autowired
    Reports reports;

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

    TaskStatus status(long taskId) {
        return tasks.info(taskId).orElseThrow().status();
    }

    @Test
    void an_accepted_lot_is_approved_whole_but_the_defect_found_goes_back_to_its_worker() {
        long job = fixtures.openPoolJob(today, 1, d -> QualityWork.with(d, null, 0, 0, Optional.of("10")));
        long batch = fixtures.batch(job, 20);
        long w = fixtures.team(job, 1).get(0);
        workThrough(tasks, w, job, n -> JobFixtures.card("名前" + n));
        JobSummary summary = jobs.find(job).orElseThrow();
        List<ItemInReview> lot = review.queue(summary, Optional.of(batch));
        assertThat(lot).hasSize(20);

        sampling.draw(summary, batch, fixtures.director());
        Sampling.State state = sampling.state(summary, batch);
        SamplingRepository.Sampling round = state.round().orElseThrow();
        assertThat(round.sampleSize()).isLessThan(20);
        assertThat(round.acceptNumber()).isGreaterThanOrEqualTo(1);
        List<Long> sampled = state.sample().stream().map(Sampling.SampledItem::itemId).toList();
        assertThat(sampled).as("the same sample again from the kept lot and seed")
                .isEqualTo(AcceptanceSampling.choose(QualityWork.ids(lot), round.sampleSize(), round.seed()));
        sampling.draw(summary, batch, fixtures.director());
        assertThat(sampling.state(summary, batch).round().orElseThrow().id()).as("an open round is kept").isEqualTo(round.id());

        Map<Long, Sampling.Verdict> verdicts = new HashMap<>();
        sampled.forEach(i -> verdicts.put(i, new Sampling.Verdict(false, "")));
        long defective = sampled.get(0);
        verdicts.put(defective, new Sampling.Verdict(true, "会社名が画像と違います"));

        assertThat(sampling.decide(summary, batch, verdicts, fixtures.director())).isEqualTo(LotDecision.ACCEPT);

        for (ItemInReview item : lot) {
            long task = item.submitted().get(0).taskId();
            assertThat(status(task)).isEqualTo(item.itemId() == defective ? TaskStatus.RETURNED : TaskStatus.APPROVED);
        }
        assertThat(jdbc.sql("SELECT review_comment FROM task WHERE item_id = :i").param("i", defective)
                .query(String.class).single()).isEqualTo("会社名が画像と違います");
        assertThat(sampling.state(summary, batch).fullReview()).isFalse();
    }

    @Test
    void a_rejected_lot_returns_its_defects_and_puts_the_batch_under_full_review() {
        long job = fixtures.openPoolJob(today, 1);
        long batch = fixtures.batch(job, 3);
        long w = fixtures.team(job, 1).get(0);
        workThrough(tasks, w, job, n -> JobFixtures.card("名前" + n));
        JobSummary summary = jobs.find(job).orElseThrow();

        sampling.draw(summary, batch, fixtures.director());
        Sampling.State state = sampling.state(summary, batch);
        assertThat(state.round().orElseThrow().aql()).isEqualTo("AQL_1_0");
        assertThat(state.sample()).as("a small lot is inspected whole").hasSize(3);
        Map<Long, Sampling.Verdict> verdicts = new LinkedHashMap<>();
        state.sample().forEach(s -> verdicts.put(s.itemId(), new Sampling.Verdict(false, null)));
        long defective = state.sample().get(1).itemId();
        verdicts.put(defective, new Sampling.Verdict(true, "電話番号の桁が足りません"));

        assertThatThrownBy(() -> sampling.decide(summary, batch, Map.of(defective, verdicts.get(defective)), fixtures.director()))
                .isInstanceOf(QualityRefusal.class).hasMessage("quality.sampling.unmarked");
        assertThat(sampling.decide(summary, batch, verdicts, fixtures.director())).isEqualTo(LotDecision.REJECT);

        List<ItemInReview> left = review.queue(summary, Optional.of(batch));
        assertThat(QualityWork.ids(left)).as("the others wait for one-by-one review")
                .containsExactlyElementsOf(verdicts.keySet().stream().filter(i -> i != defective).toList());
        assertThat(jdbc.sql("SELECT status FROM task WHERE item_id = :i").param("i", defective).query(String.class).single())
                .isEqualTo("RETURNED");
        assertThat(sampling.state(summary, batch).fullReview()).isTrue();
        assertThatThrownBy(() -> sampling.draw(summary, batch, fixtures.director()))
                .isInstanceOf(QualityRefusal.class).hasMessage("quality.sampling.fullReview");

        review.approveItem(summary, left.get(0).itemId(), fixtures.director());
        assertThat(status(left.get(0).submitted().get(0).taskId())).isEqualTo(TaskStatus.APPROVED);
    }

    static final TaskTemplate KINDS = new TaskTemplate(List.of(
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            TemplateField.choice("kind", "種別", FieldType.SINGLE_CHOICE, true,
                    List.of(new Choice("a", "法人"), new Choice("b", "個人")))));

    @Test
    void the_report_counts_errors_agreement_kappa_and_gold_from_a_known_job() {
        long job = fixtures.openPoolJob(today, 2, d -> QualityWork.with(d, KINDS, 0, 0, Optional.empty()));
        fixtures.batch(job, 4);
        List<Long> team = fixtures.team(job, 2);
        // kinds: card 1 a/a, 2 a/a, 3 b/b, 4 a/b → κ = (0.75 - 0.5) / (1 - 0.5) = 0.5
        String[] first = {"", "a", "a", "b", "a"};
        String[] second = {"", "a", "a", "b", "b"};
        workThrough(tasks, team.get(0), job, n -> Map.of("name", "名" + n, "kind", first[n]));
        workThrough(tasks, team.get(1), job, n -> Map.of("name", "名" + n, "kind", second[n]));
        await(() -> jdbc.sql("SELECT count(*) FROM quality_comparison WHERE job_id = :j").param("j", job)
                .query(Long.class).single() == 4);
        JobSummary summary = jobs.find(job).orElseThrow();
        List<ItemInReview> settled = review.queue(summary, Optional.empty());
        assertThat(settled).hasSize(3);
        review.approveItem(summary, settled.get(0).itemId(), fixtures.director());
        long returned = settled.get(1).submitted().get(0).taskId();
        review.decideTask(summary, review.task(returned), Review.Decision.RETURN, "氏名の字が違います", fixtures.director());

        Reports.JobQuality quality = reports.of(summary);

        assertThat(quality.report().errorRate()).isEqualTo("50.0%");
        assertThat(quality.report().agreement().part()).isEqualTo(7);
        assertThat(quality.report().agreement().whole()).isEqualTo(8);
        assertThat(quality.report().kappa("kind")).isEqualTo("0.50");
        assertThat(quality.openAdjudications()).isEqualTo(1);
        assertThat(quality.gold()).isEmpty();
    }
}
