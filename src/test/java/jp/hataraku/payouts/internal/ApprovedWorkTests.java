package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Work approved in the jobs module becomes a reward line through the event (and a fixed reward only for assigned tasks). */
@SpringBootTest
class ApprovedWorkTests {

    @Autowired
    JobFixtures jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    RewardLedger ledger;

    private long approvedPoolTask(RewardRule reward) {
        LocalDate today = clock.today();
        long job = jobs.openPoolJob(today, 1, d -> new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(),
                d.mode(), d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), reward,
                d.qualifications(), d.confidentiality(), d.template(), d.overlap(), 0, d.leaseMinutes(), 0,
                d.dailyCap(), d.aql(), d.directorAccountId()));
        jobs.batch(job, 1);
        long worker = jobs.team(job, 1).get(0);
        ClaimedTask t = tasks.claimNext(worker, Optional.of(job)).orElseThrow();
        tasks.submit(worker, t.taskId(), "k", JobFixtures.card("山田 太郎"));
        tasks.approve(t.taskId(), jobs.director());
        return t.taskId();
    }

    private Optional<Long> lineAmount(long taskId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Optional<Long> amount = Optional.empty();
        while (amount.isEmpty() && System.nanoTime() < deadline) {
            amount = jdbc.sql("SELECT amount FROM reward_line WHERE source = 'TASK' AND source_id = :t")
                    .param("t", taskId).query(Long.class).optional();
            if (amount.isEmpty()) {
                Thread.sleep(100);
            }
        }
        return amount;
    }

    @Test
    void an_approved_pool_task_earns_its_reward_per_unit() throws Exception {
        long task = approvedPoolTask(new RewardRule(PriceModel.PER_UNIT, 12));
        assertThat(lineAmount(task)).hasValue(12L);
        assertThat(jdbc.sql("SELECT received_on FROM reward_line WHERE source = 'TASK' AND source_id = :t")
                .param("t", task).query(LocalDate.class).single()).isEqualTo(clock.today());
    }

    @Test
    void a_fixed_reward_is_not_paid_per_pool_task() throws Exception {
        long pool = approvedPoolTask(new RewardRule(PriceModel.PER_UNIT, 12));
        assertThat(lineAmount(pool)).isPresent();
        long worker = jdbc.sql("SELECT worker_id FROM reward_line WHERE source = 'TASK' AND source_id = :t")
                .param("t", pool).query(Long.class).single();
        RewardRule fixed = new RewardRule(PriceModel.FIXED, 5_000);
        LocalDate today = clock.today();
        jdbc.sql("DELETE FROM reward_line WHERE source = 'TASK' AND source_id = :t").param("t", pool).update();
        // the same pool task under a fixed rule earns nothing (a fixed reward is for an assigned task) …
        assertThat(ledger.taskApproved(new jp.hataraku.jobs.TaskApproved(pool, 0, jobs.contractor(), 0, worker,
                jp.hataraku.workers.WorkKind.DATA_ENTRY, 1, fixed, today, today))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM reward_line WHERE source = 'TASK' AND source_id = :t")
                .param("t", pool).query(Long.class).single()).isZero();
        // … while per unit it does
        assertThat(ledger.taskApproved(new jp.hataraku.jobs.TaskApproved(pool, 0, jobs.contractor(), 0, worker,
                jp.hataraku.workers.WorkKind.DATA_ENTRY, 1, new RewardRule(PriceModel.PER_UNIT, 12), today, today)))
                .isTrue();
    }
}
