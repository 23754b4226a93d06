package jp.hataraku.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many workers claim and submit at once on real PostgreSQL: no task is ever held by two workers,
 * no item gets two results from one worker, and every acknowledged submission is in the table.
 */
@SpringBootTest
class ClaimConcurrencyTests {

    private static final int WORKERS = 24;
    private static final int ITEMS = 300;
    private static final int OVERLAP = 2;

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;

    record Ack(long workerId, long taskId, long itemId, long submissionId) { }

    @Test
    void concurrent_claims_never_double_assign_and_never_lose_a_submission() throws Exception {
        long job = fixtures.openPoolJob(clock.today(), OVERLAP);
        fixtures.batch(job, ITEMS);
        List<Long> team = fixtures.team(job, WORKERS);

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> runs = new ArrayList<>();
        for (long worker : team) {
            runs.add(pool.submit(() -> {
                start.await();
                int n = 0;
                for (Optional<ClaimedTask> t = tasks.claimNext(worker, Optional.of(job)); t.isPresent();
                        t = tasks.claimNext(worker, Optional.of(job))) {
                    ClaimedTask task = t.get();
                    SubmitOutcome outcome = tasks.submit(worker, task.taskId(), "w" + worker + "-" + n++,
                            JobFixtures.card("名前" + task.taskId()));
                    if (outcome instanceof SubmitOutcome.Accepted a) {
                        acks.add(new Ack(worker, task.taskId(), task.itemId().orElseThrow(), a.submissionId()));
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(acks).hasSize(ITEMS * OVERLAP);
        assertThat(acks.stream().map(Ack::taskId).distinct()).as("no task handed in twice").hasSize(ITEMS * OVERLAP);
        assertThat(acks.stream().map(a -> a.itemId() + "/" + a.workerId()).distinct())
                .as("the results of one item come from different workers").hasSize(ITEMS * OVERLAP);
        long stored = jdbc.sql("SELECT count(*) FROM submission WHERE job_id = :j").param("j", job).query(Long.class).single();
        assertThat(stored).as("every acknowledged submission is stored").isEqualTo(acks.size());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM submission s JOIN task t ON t.id = s.task_id
                WHERE s.job_id = :j AND t.worker_id <> s.worker_id
                """).param("j", job).query(Long.class).single()).as("each submission is by the task's holder").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE job_id = :j AND status <> 'OPEN' AND results_in = :n")
                .param("j", job).param("n", OVERLAP).query(Long.class).single()).isEqualTo(ITEMS);
        assertThat(acks.stream().map(Ack::workerId).distinct().count()).as("work was spread").isGreaterThan(WORKERS / 2);
    }
}
