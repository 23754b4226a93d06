package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every pair of lead stages: exactly the listed moves are allowed. */
class LeadStageTest {

    private static final Map<LeadStage, Set<LeadStage>> ALLOWED = Map.of(
            LeadStage.NEW, EnumSet.of(LeadStage.CONTACTED, LeadStage.LOST),
            LeadStage.CONTACTED, EnumSet.of(LeadStage.PROPOSAL, LeadStage.WON, LeadStage.LOST),
            LeadStage.PROPOSAL, EnumSet.of(LeadStage.WON, LeadStage.LOST),
            LeadStage.WON, EnumSet.noneOf(LeadStage.class),
            LeadStage.LOST, EnumSet.noneOf(LeadStage.class));

    @Test
    void exactly_the_allowed_moves_are_allowed() {
        for (LeadStage from : LeadStage.values()) {
            for (LeadStage to : LeadStage.values()) {
                assertThat(from.mayMoveTo(to)).as("%s → %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void won_comes_only_with_a_conversion_never_by_hand() {
        for (LeadStage s : LeadStage.values()) {
            assertThat(s.manualNext()).doesNotContain(LeadStage.WON);
            assertThat(s.mayConvert()).isEqualTo(s == LeadStage.CONTACTED || s == LeadStage.PROPOSAL);
        }
    }

    @Test
    void won_and_lost_are_final() {
        assertThat(LeadStage.WON.isOpen()).isFalse();
        assertThat(LeadStage.LOST.isOpen()).isFalse();
        assertThat(LeadStage.NEW.isOpen()).isTrue();
        assertThat(LeadStage.LOST.next()).isEmpty();
    }

    @Test
    void no_stage_moves_to_itself_or_back_to_new() {
        for (LeadStage s : LeadStage.values()) {
            assertThat(s.mayMoveTo(s)).isFalse();
            assertThat(s.mayMoveTo(LeadStage.NEW)).isFalse();
        }
    }
}
