package jp.hataraku.workers;

import static jp.hataraku.workers.WorkerStatus.ACTIVE;
import static jp.hataraku.workers.WorkerStatus.APPLIED;
import static jp.hataraku.workers.WorkerStatus.BRIEFED;
import static jp.hataraku.workers.WorkerStatus.PAUSED;
import static jp.hataraku.workers.WorkerStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkerStatusTest {

    /** The whole lifecycle, written out once more by hand: every pair not listed is refused. */
    private static final Map<WorkerStatus, Set<WorkerStatus>> ALLOWED = Map.of(
            APPLIED, Set.of(BRIEFED, WITHDRAWN),
            BRIEFED, Set.of(ACTIVE, WITHDRAWN),
            ACTIVE, Set.of(PAUSED, WITHDRAWN),
            PAUSED, Set.of(ACTIVE, WITHDRAWN),
            WITHDRAWN, Set.of(APPLIED, BRIEFED));

    @Test
    void every_pair_of_states_is_allowed_exactly_when_the_lifecycle_says_so() {
        int checked = 0;
        for (WorkerStatus from : WorkerStatus.values()) {
            for (WorkerStatus to : WorkerStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(25);
    }

    @Test
    void no_state_moves_to_itself() {
        for (WorkerStatus s : WorkerStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void only_leaving_withdrawn_starts_a_new_registration_period() {
        for (WorkerStatus from : WorkerStatus.values()) {
            for (WorkerStatus to : WorkerStatus.values()) {
                assertThat(from.startsNewPeriod(to)).as("%s -> %s", from, to)
                        .isEqualTo(from == WITHDRAWN && (to == APPLIED || to == BRIEFED));
            }
        }
    }

    @Test
    void an_applicant_cannot_become_active_without_the_info_session() {
        assertThat(APPLIED.canMoveTo(ACTIVE)).isFalse();
    }

    @Test
    void a_withdrawn_worker_cannot_come_back_straight_to_active() {
        assertThat(WITHDRAWN.canMoveTo(ACTIVE)).isFalse();
        assertThat(WITHDRAWN.canMoveTo(PAUSED)).isFalse();
    }

    @Test
    void withdrawal_for_other_reasons_needs_a_note() {
        assertThat(WithdrawalReason.OTHER.requiresNote()).isTrue();
        assertThat(WithdrawalReason.EMPLOYMENT.requiresNote()).isFalse();
        assertThat(WithdrawalReason.MOVED.requiresNote()).isFalse();
    }

    @Test
    void design_writing_photography_and_proofreading_are_subject_to_withholding_by_default() {
        assertThat(WorkKind.values()).filteredOn(WorkKind::withholding)
                .containsExactlyInAnyOrder(WorkKind.WEB_DESIGN, WorkKind.PRINT_DESIGN, WorkKind.WRITING,
                        WorkKind.PHOTOGRAPHY, WorkKind.PROOFREADING);
    }
}
