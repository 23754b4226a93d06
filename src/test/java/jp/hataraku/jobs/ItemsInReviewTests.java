package jp.hataraku.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What the quality module reads through {@link Tasks#itemsInReview} and {@link Tasks#info}. */
@SpringBootTest
class ItemsInReviewTests {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    TokyoClock clock;

    @Test
    void items_whose_results_are_in_are_listed_with_their_pending_tasks_until_approved() {
        LocalDate today = clock.today();
        long job = fixtures.openPoolJob(today, 1);
        long first = fixtures.batch(job, 2);
        long second = fixtures.batch(job, 1);
        long w = fixtures.team(job, 1).get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.of(job)).orElseThrow();
        assertThat(tasks.itemsInReview(job, Optional.empty())).as("leased, not handed in").isEmpty();
        tasks.submit(w, t.taskId(), "k1", JobFixtures.card("山田"));

        List<ItemInReview> items = tasks.itemsInReview(job, Optional.empty());
        assertThat(items).hasSize(1);
        ItemInReview item = items.get(0);
        assertThat(item.itemId()).isEqualTo(t.itemId().orElseThrow());
        assertThat(item.batchId()).isEqualTo(first);
        assertThat(item.batchName()).isEqualTo("テスト");
        assertThat(item.status()).isEqualTo(ItemStatus.COMPLETE);
        assertThat(item.finalValues()).isEmpty();
        assertThat(item.submitted()).singleElement().satisfies(r -> {
            assertThat(r.taskId()).isEqualTo(t.taskId());
            assertThat(r.workerId()).isEqualTo(w);
            assertThat(r.values()).containsEntry("name", "山田");
        });
        assertThat(tasks.itemsInReview(job, Optional.of(second))).isEmpty();
        assertThat(tasks.info(t.taskId())).contains(new TaskInfo(t.taskId(), job, t.itemId(), Optional.of(w),
                TaskKind.POOL, TaskStatus.SUBMITTED));

        tasks.settleItem(item.itemId(), JobFixtures.card("山田 花子"));
        assertThat(tasks.itemsInReview(job, Optional.empty()).get(0).finalValues().orElseThrow())
                .containsEntry("name", "山田 花子");
        tasks.approve(t.taskId(), fixtures.director());
        assertThat(tasks.itemsInReview(job, Optional.empty())).isEmpty();
        assertThat(tasks.info(t.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.APPROVED);
        assertThat(tasks.info(Long.MAX_VALUE)).isEmpty();
    }
}
