package jp.hataraku.jobs.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class JobProgressTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Map<LocalDate, Long> everyDay(long perDay, int days) {
        Map<LocalDate, Long> m = new HashMap<>();
        for (int i = 0; i < days; i++) {
            m.put(TODAY.minusDays(i), perDay);
        }
        return m;
    }

    @Test
    void the_last_fourteen_days_are_listed_oldest_first_with_zeros_for_quiet_days() {
        JobProgress p = JobProgress.of(10, 0, 0, 0, 1, Map.of(TODAY, 3L), Map.of(TODAY.minusDays(13), 2L), TODAY, TODAY);
        assertThat(p.days()).hasSize(14);
        assertThat(p.days().get(0)).isEqualTo(new JobProgress.Day(TODAY.minusDays(13), 0, 2));
        assertThat(p.days().get(13)).isEqualTo(new JobProgress.Day(TODAY, 3, 0));
    }

    @Test
    void expected_finish_is_the_remaining_items_at_the_mean_pace_of_the_last_seven_days() {
        // 20 approved submissions a day at overlap 2 = 10 items a day; 95 remaining → 10 days
        JobProgress p = JobProgress.of(100, 5, 0, 0, 2, everyDay(20, 7), Map.of(), TODAY, TODAY.plusDays(30));
        assertThat(p.itemsPerDay()).isEqualTo(10.0);
        assertThat(p.expectedFinish()).contains(TODAY.plusDays(10));
        assertThat(p.atRisk()).isFalse();
    }

    @Test
    void a_job_whose_expected_finish_is_after_its_due_date_is_at_risk() {
        JobProgress p = JobProgress.of(100, 0, 0, 0, 1, everyDay(10, 7), Map.of(), TODAY, TODAY.plusDays(5));
        assertThat(p.expectedFinish()).contains(TODAY.plusDays(10));
        assertThat(p.atRisk()).isTrue();
    }

    @Test
    void with_nothing_approved_lately_there_is_no_expected_finish_and_remaining_work_is_at_risk() {
        JobProgress p = JobProgress.of(10, 2, 1, 1, 1, Map.of(TODAY.minusDays(8), 50L), Map.of(), TODAY, TODAY.plusDays(60));
        assertThat(p.expectedFinish()).isEmpty();
        assertThat(p.atRisk()).isTrue();
        assertThat(p.notStarted()).isEqualTo(6);
        assertThat(p.remaining()).isEqualTo(8);
    }

    @Test
    void a_finished_job_is_never_at_risk_even_after_its_due_date() {
        JobProgress p = JobProgress.of(10, 10, 0, 0, 1, Map.of(), Map.of(), TODAY, TODAY.minusDays(3));
        assertThat(p.expectedFinish()).contains(TODAY);
        assertThat(p.atRisk()).isFalse();
        assertThat(p.percentDone()).isEqualTo(100);
    }

    @Test
    void counts_that_do_not_add_up_are_refused() {
        assertThatThrownBy(() -> JobProgress.of(5, 3, 2, 1, 1, Map.of(), Map.of(), TODAY, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_parts_always_add_up_to_the_total(@ForAll @LongRange(max = 1000) long done,
            @ForAll @LongRange(max = 1000) long review, @ForAll @LongRange(max = 1000) long returned,
            @ForAll @LongRange(max = 1000) long notStarted, @ForAll @IntRange(min = 1, max = 5) int overlap) {
        long total = done + review + returned + notStarted;
        JobProgress p = JobProgress.of(total, done, review, returned, overlap, Map.of(), Map.of(), TODAY, TODAY);
        assertThat(p.done() + p.inReview() + p.returned() + p.notStarted()).isEqualTo(total);
        assertThat(p.percentDone()).isBetween(0, 100);
    }

    @Property
    void a_faster_pace_never_finishes_later(@ForAll @LongRange(min = 1, max = 100_000) long remaining,
            @ForAll @LongRange(min = 1, max = 500) long pace, @ForAll @LongRange(min = 0, max = 500) long more) {
        JobProgress slow = JobProgress.of(remaining, 0, 0, 0, 1, everyDay(pace, 7), Map.of(), TODAY, TODAY);
        JobProgress fast = JobProgress.of(remaining, 0, 0, 0, 1, everyDay(pace + more, 7), Map.of(), TODAY, TODAY);
        assertThat(fast.expectedFinish().orElseThrow()).isBeforeOrEqualTo(slow.expectedFinish().orElseThrow());
        assertThat(slow.expectedFinish().orElseThrow()).isAfter(TODAY);
    }
}
