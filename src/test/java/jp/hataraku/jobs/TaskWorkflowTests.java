package jp.hataraku.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

@SpringBootTest
@RecordApplicationEvents
class TaskWorkflowTests {

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
    ApplicationEvents events;

    LocalDate today;

    @BeforeEach
    void freezeTime() {
        clock.setFixed(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        today = clock.today();
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    @Test
    void opening_and_cancelling_a_job_publish_its_status_changes_with_the_day() {
        long job = fixtures.openPoolJob(today, 1);
        jobs.cancel(job);
        assertThat(events.stream(jp.hataraku.jobs.JobStatusChanged.class).filter(e -> e.jobId() == job))
                .extracting(e -> e.from() + "→" + e.to() + "@" + e.changedOn())
                .containsExactly("DRAFT→OPEN@" + today, "OPEN→CANCELLED@" + today);
    }

    @Test
    void overlap_results_of_one_item_come_from_different_workers() {
        long job = fixtures.openPoolJob(today, 2);
        fixtures.batch(job, 3);
        long a = fixtures.team(job, 1).get(0);
        long b = fixtures.team(job, 1).get(0);

        Set<Long> itemsOfA = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            ClaimedTask t = tasks.claimNext(a, Optional.empty()).orElseThrow();
            assertThat(itemsOfA.add(t.itemId().orElseThrow())).as("A never gets an item twice").isTrue();
            assertThat(tasks.submit(a, t.taskId(), "k" + i, JobFixtures.card("A" + i))).isInstanceOf(SubmitOutcome.Accepted.class);
        }
        assertThat(tasks.claimNext(a, Optional.empty())).as("A has done every item").isEmpty();
        Set<Long> itemsOfB = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            ClaimedTask t = tasks.claimNext(b, Optional.empty()).orElseThrow();
            itemsOfB.add(t.itemId().orElseThrow());
            tasks.submit(b, t.taskId(), "k" + i, JobFixtures.card("B" + i));
        }
        assertThat(itemsOfB).isEqualTo(itemsOfA);
        // every item has its two results; quality compares them after commit (COMPLETE → CHECKED or ADJUDICATION)
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE job_id = :j AND results_in = 2 AND status <> 'OPEN'")
                .param("j", job).query(Long.class).single()).isEqualTo(3);
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(JobStatus.IN_PROGRESS);
    }

    @Test
    void claim_next_prefers_the_earliest_due_date_and_hands_back_a_held_lease_first() {
        long later = fixtures.openPoolJob(today, 1);
        long sooner = fixtures.openPoolJob(today, 1, d -> withDue(d, today.plusDays(3)));
        fixtures.batch(later, 2);
        fixtures.batch(sooner, 2);
        long w = fixtures.team(later, 1).get(0);
        fixtures.join(sooner, w);

        ClaimedTask first = tasks.claimNext(w, Optional.empty()).orElseThrow();
        assertThat(first.jobId()).isEqualTo(sooner);
        assertThat(tasks.claimNext(w, Optional.empty()).orElseThrow().taskId()).isEqualTo(first.taskId());
    }

    @Test
    void a_worker_outside_the_team_is_refused_and_audited() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        long member = fixtures.team(job, 1).get(0);
        long outsider = fixtures.activeWorker();
        ClaimedTask t = tasks.claimNext(member, Optional.empty()).orElseThrow();

        assertThatThrownBy(() -> tasks.claimNext(outsider, Optional.of(job))).isInstanceOf(NotOnTeam.class);
        assertThatThrownBy(() -> tasks.view(outsider, t.taskId())).isInstanceOf(NotOnTeam.class);
        assertThatThrownBy(() -> tasks.saveDraft(outsider, t.taskId(), Map.of("name", "x"))).isInstanceOf(NotOnTeam.class);
        assertThat(tasks.claimNext(outsider, Optional.empty())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action IN ('task.claim.refused','task.read.refused')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_double_click_makes_one_submission_and_a_second_tab_is_told() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        long w = fixtures.team(job, 1).get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();

        SubmitOutcome first = tasks.submit(w, t.taskId(), "click", JobFixtures.card("山田"));
        SubmitOutcome again = tasks.submit(w, t.taskId(), "click", JobFixtures.card("山田"));
        SubmitOutcome otherTab = tasks.submit(w, t.taskId(), "tab-2", JobFixtures.card("山田"));

        assertThat(first).isEqualTo(new SubmitOutcome.Accepted(((SubmitOutcome.Accepted) first).submissionId(), false));
        assertThat(again).isEqualTo(new SubmitOutcome.Accepted(((SubmitOutcome.Accepted) first).submissionId(), true));
        assertThat(otherTab).isInstanceOf(SubmitOutcome.AlreadySubmitted.class);
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE task_id = :t").param("t", t.taskId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(TaskSubmitted.class).filter(e -> e.taskId() == t.taskId())).hasSize(1);
    }

    @Test
    void invalid_values_are_refused_beside_the_fields_and_kept_as_the_draft() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        long w = fixtures.team(job, 1).get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();

        SubmitOutcome outcome = tasks.submit(w, t.taskId(), "k", Map.of("name", "", "phone", "03-12a"));

        assertThat(outcome).isInstanceOf(SubmitOutcome.Invalid.class);
        assertThat(((SubmitOutcome.Invalid) outcome).errors()).extracting(e -> e.field() + ":" + e.code())
                .containsExactly("name:jobs.field.required", "phone:jobs.field.digits");
        assertThat(tasks.view(w, t.taskId()).draft()).containsEntry("phone", "03-12a");
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE task_id = :t").param("t", t.taskId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_draft_is_kept_on_the_server_and_renews_the_lease() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        long w = fixtures.team(job, 1).get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(20)));

        int revision = tasks.saveDraft(w, t.taskId(), Map.of("name", "途中"));
        tasks.saveDraft(w, t.taskId(), Map.of("name", "途中まで"));

        TaskView view = tasks.view(w, t.taskId());
        assertThat(view.draft()).containsEntry("name", "途中まで");
        assertThat(view.draftRevision()).isEqualTo(revision + 1);
        assertThat(view.leaseUntil().orElseThrow()).isEqualTo(clock.now().plus(Duration.ofMinutes(30)));
    }

    @Test
    void expired_leases_return_tasks_to_the_pool() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        List<Long> team = fixtures.team(job, 2);
        ClaimedTask t = tasks.claimNext(team.get(0), Optional.empty()).orElseThrow();
        assertThat(tasks.claimNext(team.get(1), Optional.empty())).isEmpty();

        clock.setFixed(clock.now().plus(Duration.ofMinutes(31)));
        tasks.returnExpiredLeases(); // the scheduled sweep may have been first: either way it is back
        assertThat(jdbc.sql("SELECT status || ':' || (worker_id IS NULL) FROM task WHERE id = :t").param("t", t.taskId())
                .query(String.class).single()).isEqualTo("OPEN:true");

        assertThat(tasks.claimNext(team.get(1), Optional.empty()).orElseThrow().taskId()).isEqualTo(t.taskId());
    }

    @Test
    void a_submit_after_the_lease_ran_out_keeps_the_draft_and_re_leases_when_free() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        List<Long> team = fixtures.team(job, 2);
        long w = team.get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(45)));

        SubmitOutcome late = tasks.submit(w, t.taskId(), "k", JobFixtures.card("遅い"));
        assertThat(late).isEqualTo(new SubmitOutcome.LeaseExpired(true, clock.now().plus(Duration.ofMinutes(30))));
        assertThat(tasks.view(w, t.taskId()).draft()).containsEntry("name", "遅い");
        assertThat(tasks.submit(w, t.taskId(), "k2", JobFixtures.card("遅い"))).isInstanceOf(SubmitOutcome.Accepted.class);

        // when someone else took it meanwhile, the late worker is told and keeps their draft
        fixtures.batch(job, 1);
        ClaimedTask second = tasks.claimNext(w, Optional.empty()).orElseThrow();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(45)));
        tasks.returnExpiredLeases();
        assertThat(tasks.claimNext(team.get(1), Optional.empty()).orElseThrow().taskId()).isEqualTo(second.taskId());
        assertThat(tasks.submit(w, second.taskId(), "k3", JobFixtures.card("負け")))
                .isInstanceOfSatisfying(SubmitOutcome.LeaseExpired.class, e -> assertThat(e.reLeased()).isFalse());
    }

    @Test
    void a_returned_task_goes_back_to_its_worker_with_the_comment_and_approval_publishes_the_work() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        long w = fixtures.team(job, 1).get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();
        tasks.submit(w, t.taskId(), "k1", JobFixtures.card("山田太朗"));

        tasks.returnToWorker(t.taskId(), "「太郎」の字が違います", fixtures.director());
        TaskView returned = tasks.view(w, t.taskId());
        assertThat(returned.status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(returned.reviewComment()).contains("「太郎」の字が違います");
        assertThat(returned.draft()).containsEntry("name", "山田太朗");
        assertThat(tasks.openTasks(w)).extracting(TaskLine::taskId).containsExactly(t.taskId());

        clock.setFixed(clock.now().plus(Duration.ofDays(1)));
        tasks.submit(w, t.taskId(), "k2", JobFixtures.card("山田太郎"));
        tasks.approve(t.taskId(), fixtures.director());

        TaskApproved approved = events.stream(TaskApproved.class).filter(e -> e.taskId() == t.taskId()).findFirst().orElseThrow();
        assertThat(approved.workerId()).isEqualTo(w);
        assertThat(approved.workKind()).isEqualTo(WorkKind.DATA_ENTRY);
        assertThat(approved.units()).isEqualTo(1);
        assertThat(approved.reward()).isEqualTo(new RewardRule(PriceModel.PER_UNIT, 12));
        assertThat(approved.receivedOn()).isEqualTo(today.plusDays(1));
        assertThat(jdbc.sql("SELECT status || ':' || (final_result->>'name') FROM item WHERE job_id = :j").param("j", job)
                .query(String.class).single()).isEqualTo("APPROVED:山田太郎");
        assertThat(tasks.approvedIn(w, java.time.YearMonth.from(today.plusDays(1))))
                .containsExactly(new Tasks.MonthlyWork(job, "名刺入力", 1));
    }

    @Test
    void a_rejected_result_is_not_paid_and_its_slot_goes_to_someone_else() {
        long job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 1);
        List<Long> team = fixtures.team(job, 2);
        ClaimedTask t = tasks.claimNext(team.get(0), Optional.empty()).orElseThrow();
        tasks.submit(team.get(0), t.taskId(), "k", JobFixtures.card("でたらめ"));

        tasks.reject(t.taskId(), "画像と関係のない入力です", fixtures.director());

        assertThat(tasks.claimNext(team.get(0), Optional.empty())).as("never the same item again").isEmpty();
        ClaimedTask again = tasks.claimNext(team.get(1), Optional.empty()).orElseThrow();
        assertThat(again.itemId()).isEqualTo(t.itemId());
        assertThat(events.stream(TaskApproved.class)).isEmpty();
    }

    @Test
    void quality_threshold_and_daily_cap_limit_claims() {
        long job = fixtures.openPoolJob(today, 1, d -> withLimits(d, 70, 2));
        fixtures.batch(job, 5);
        long w = fixtures.team(job, 1).get(0);
        jobs.recordQualityScore(w, WorkKind.DATA_ENTRY, 60);
        assertThat(tasks.claimNext(w, Optional.empty())).isEmpty();

        jobs.recordQualityScore(w, WorkKind.DATA_ENTRY, 90);
        for (int i = 0; i < 2; i++) {
            ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();
            tasks.submit(w, t.taskId(), "k" + i, JobFixtures.card("名前"));
        }
        assertThat(tasks.claimNext(w, Optional.empty())).as("daily cap of 2 reached").isEmpty();
        clock.setFixed(clock.now().plus(Duration.ofDays(1)));
        assertThat(tasks.claimNext(w, Optional.empty())).isPresent();
    }

    @Test
    void gold_items_are_mixed_in_and_look_like_ordinary_tasks() {
        long job = fixtures.openPoolJob(today, 1, d -> withGold(d, 50));
        long batch = tasks.createBatch(job, "gold", "API", List.of("image"), Optional.empty());
        tasks.addItems(batch, List.of(NewItem.gold(Map.of("image", "g1.png"), JobFixtures.card("正解"))));
        fixtures.batch(job, 40);
        long w = fixtures.team(job, 1).get(0);

        boolean sawGold = false;
        for (int i = 0; i < 41; i++) {
            ClaimedTask t = tasks.claimNext(w, Optional.empty()).orElseThrow();
            assertThat(t.kind()).isEqualTo(TaskKind.POOL);
            assertThat(tasks.view(w, t.taskId()).kind()).isEqualTo(TaskKind.POOL);
            sawGold |= tasks.itemResults(t.itemId().orElseThrow()).isGold();
            tasks.submit(w, t.taskId(), "k" + i, JobFixtures.card("x"));
        }
        assertThat(sawGold).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM task WHERE job_id = :j AND kind = 'GOLD'").param("j", job)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static JobDetails withDue(JobDetails d, LocalDate due) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), due, d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(), d.leaseMinutes(), d.qualityThreshold(),
                d.dailyCap(), d.aql(), d.directorAccountId());
    }

    private static JobDetails withLimits(JobDetails d, int threshold, int cap) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(), d.leaseMinutes(), threshold,
                Optional.of(cap), d.aql(), d.directorAccountId());
    }

    private static JobDetails withGold(JobDetails d, int rate) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), d.template(), d.overlap(), rate, d.leaseMinutes(), d.qualityThreshold(),
                d.dailyCap(), d.aql(), d.directorAccountId());
    }
}
