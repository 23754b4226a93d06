package jp.hataraku.workers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.hataraku.workers.Gender;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;
import org.junit.jupiter.api.Test;

class WorkerRulesTest {

    private static Worker worker(WorkerStatus status, int period, LocalDate lastChange) {
        return new Worker(7, 3, "山田 花子", "やまだ はなこ", LocalDate.of(1990, 1, 1), Gender.FEMALE, "3890111", "町", "0901234567",
                "h@example.jp", Set.of(), 10, Set.of(), WorkPlace.HOME, Set.of(), null, Set.of(), null, "2026-04",
                List.of(), Set.of(HeldRole.WORKER), null, status, period, null, Instant.EPOCH, lastChange);
    }

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void re_registering_a_withdrawn_worker_opens_the_next_period() {
        StatusChange change = worker(WorkerStatus.WITHDRAWN, 2, MAY).reregister(WorkerStatus.BRIEFED, MAY.plusDays(1));
        assertThat(change.periodNo()).isEqualTo(3);
        assertThat(change.opensPeriod()).isTrue();
    }

    @Test
    void other_changes_stay_in_the_current_period() {
        StatusChange change = worker(WorkerStatus.ACTIVE, 2, MAY).pause(MAY);
        assertThat(change.periodNo()).isEqualTo(2);
        assertThat(change.opensPeriod()).isFalse();
    }

    @Test
    void a_change_on_the_same_day_as_the_last_one_is_allowed_but_not_before_it() {
        assertThat(worker(WorkerStatus.APPLIED, 1, MAY).markBriefed(MAY).to()).isEqualTo(WorkerStatus.BRIEFED);
        assertThatThrownBy(() -> worker(WorkerStatus.APPLIED, 1, MAY).markBriefed(MAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_a_paused_worker_can_resume() {
        assertThatThrownBy(() -> worker(WorkerStatus.BRIEFED, 1, MAY).resume(MAY)).isInstanceOf(IllegalStateException.class);
        assertThat(worker(WorkerStatus.PAUSED, 1, MAY).resume(MAY).to()).isEqualTo(WorkerStatus.ACTIVE);
    }

    @Test
    void only_a_withdrawn_worker_can_re_register_and_only_as_applied_or_briefed() {
        assertThatThrownBy(() -> worker(WorkerStatus.ACTIVE, 1, MAY).reregister(WorkerStatus.APPLIED, MAY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> worker(WorkerStatus.WITHDRAWN, 1, MAY).reregister(WorkerStatus.ACTIVE, MAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_withdrawal_note_is_trimmed_and_kept() {
        StatusChange change = worker(WorkerStatus.ACTIVE, 1, MAY).withdraw(WithdrawalReason.OTHER, "  高齢のため ", MAY);
        assertThat(change.note()).isEqualTo("高齢のため");
        assertThat(change.reason()).isEqualTo(WithdrawalReason.OTHER);
    }

    @Test
    void accepting_terms_needs_a_version() {
        assertThatThrownBy(() -> worker(WorkerStatus.BRIEFED, 1, MAY).acceptTerms(" ", MAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
