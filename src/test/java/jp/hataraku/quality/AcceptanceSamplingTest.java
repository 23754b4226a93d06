package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.hataraku.quality.internal.SingleSamplingNormal;

class AcceptanceSamplingTest {

    /**
     * Table 2-A with its arrows resolved — sample size : Ac / Re per code letter for the AQL
     * columns 0.065 … 10 — as published independently of our table: the normal-inspection
     * matrices of the R package AQLSchemes (J. Lawson; fork fjgonzalezmgt/AQLSchemesCust,
     * R/AAZ14Single.R). Every cell of our table must resolve to exactly this.
     */
    private static final List<String> RESOLVED = List.of(
            "A 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 2:0/1 5:1/2",
            "B 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 2:0/1 5:1/2",
            "C 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 3:0/1 8:1/2 5:1/2",
            "D 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 5:0/1 13:1/2 8:1/2 8:2/3",
            "E 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 8:0/1 20:1/2 13:1/2 13:2/3 13:3/4",
            "F 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 13:0/1 32:1/2 20:1/2 20:2/3 20:3/4 20:5/6",
            "G 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 20:0/1 50:1/2 32:1/2 32:2/3 32:3/4 32:5/6 32:7/8",
            "H 200:0/1 125:0/1 80:0/1 50:0/1 32:0/1 80:1/2 50:1/2 50:2/3 50:3/4 50:5/6 50:7/8 50:10/11",
            "J 200:0/1 125:0/1 80:0/1 50:0/1 125:1/2 80:1/2 80:2/3 80:3/4 80:5/6 80:7/8 80:10/11 80:14/15",
            "K 200:0/1 125:0/1 80:0/1 200:1/2 125:1/2 125:2/3 125:3/4 125:5/6 125:7/8 125:10/11 125:14/15 125:21/22",
            "L 200:0/1 125:0/1 315:1/2 200:1/2 200:2/3 200:3/4 200:5/6 200:7/8 200:10/11 200:14/15 200:21/22 125:21/22",
            "M 200:0/1 500:1/2 315:1/2 315:2/3 315:3/4 315:5/6 315:7/8 315:10/11 315:14/15 315:21/22 200:21/22 125:21/22",
            "N 800:1/2 500:1/2 500:2/3 500:3/4 500:5/6 500:7/8 500:10/11 500:14/15 500:21/22 315:21/22 200:21/22 125:21/22",
            "P 800:1/2 800:2/3 800:3/4 800:5/6 800:7/8 800:10/11 800:14/15 800:21/22 500:21/22 315:21/22 200:21/22 125:21/22",
            "Q 1250:2/3 1250:3/4 1250:5/6 1250:7/8 1250:10/11 1250:14/15 1250:21/22 800:21/22 500:21/22 315:21/22 200:21/22 125:21/22",
            "R 2000:3/4 2000:5/6 2000:7/8 2000:10/11 2000:14/15 2000:21/22 1250:21/22 800:21/22 500:21/22 315:21/22 200:21/22 125:21/22");

    @Test
    void every_cell_of_table_2A_resolves_as_the_published_copy_has_it() {
        for (String row : RESOLVED) {
            String[] cells = row.split(" ");
            CodeLetter letter = CodeLetter.valueOf(cells[0]);
            for (Aql aql : Aql.values()) {
                SingleSamplingNormal.Cell cell = SingleSamplingNormal.cell(letter, aql);
                String resolved = cell.codeLetter().sampleSize() + ":" + cell.acceptNumber() + "/" + cell.rejectNumber();
                assertThat(resolved).as("%s at AQL %s", letter, aql.label()).isEqualTo(cells[aql.ordinal() + 1]);
            }
        }
    }

    @ParameterizedTest(name = "lot {0} → {1}")
    @CsvSource({
        "1, A", "2, A", "8, A", "9, B", "15, B", "16, C", "25, C", "26, D", "50, D", "51, E", "90, E", "91, F",
        "150, F", "151, G", "280, G", "281, H", "500, H", "501, J", "1200, J", "1201, K", "3200, K", "3201, L",
        "10000, L", "10001, M", "35000, M", "35001, N", "150000, N", "150001, P", "500000, P", "500001, Q",
        "2147483647, Q"})
    void table_1_gives_the_code_letter_at_general_level_II(int lotSize, CodeLetter expected) {
        assertThat(AcceptanceSampling.codeLetter(lotSize)).isEqualTo(expected);
    }

    @Test
    void a_lot_of_1000_at_level_II_is_code_J_with_a_sample_of_80() {
        SamplingPlan plan = AcceptanceSampling.plan(1000, Aql.AQL_1_0);
        assertThat(plan.lotCodeLetter()).isEqualTo(CodeLetter.J);
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.J);
        assertThat(plan.sampleSize()).isEqualTo(80);
        assertThat(plan.acceptNumber()).isEqualTo(2);
        assertThat(plan.rejectNumber()).isEqualTo(3);
        assertThat(plan.inspectAll()).isFalse();
    }

    @Test
    void a_lot_of_1000_at_AQL_2_5_accepts_5_and_rejects_6() {
        SamplingPlan plan = AcceptanceSampling.plan(1000, Aql.AQL_2_5);
        assertThat(plan.sampleSize()).isEqualTo(80);
        assertThat(plan.acceptNumber()).isEqualTo(5);
        assertThat(plan.rejectNumber()).isEqualTo(6);
    }

    @Test
    void a_down_arrow_moves_to_the_next_plan_and_its_larger_sample() {
        // Lot 500 is code H (n = 50), but H at AQL 0.65 is ↓: the plan is J's, n = 80, Ac 1 Re 2.
        SamplingPlan plan = AcceptanceSampling.plan(500, Aql.AQL_0_65);
        assertThat(plan.lotCodeLetter()).isEqualTo(CodeLetter.H);
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.J);
        assertThat(plan.sampleSize()).isEqualTo(80);
        assertThat(plan.acceptNumber()).isEqualTo(1);
        assertThat(plan.rejectNumber()).isEqualTo(2);
        assertThat(SingleSamplingNormal.printed(CodeLetter.H, Aql.AQL_0_65)).isEqualTo("↓");
    }

    @Test
    void an_up_arrow_moves_to_the_previous_plan_and_its_smaller_sample() {
        // Lot 1000 is code J (n = 80); J at AQL 0.25 is ↑: H's plan, n = 50, Ac 0 Re 1.
        SamplingPlan plan = AcceptanceSampling.plan(1000, Aql.AQL_0_25);
        assertThat(SingleSamplingNormal.printed(CodeLetter.J, Aql.AQL_0_25)).isEqualTo("↑");
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.H);
        assertThat(plan.sampleSize()).isEqualTo(50);
        assertThat(plan.acceptNumber()).isZero();
    }

    @Test
    void the_largest_lots_use_code_Q_and_high_AQLs_step_up_to_smaller_samples() {
        SamplingPlan plan = AcceptanceSampling.plan(1_000_000, Aql.AQL_10);
        assertThat(plan.lotCodeLetter()).isEqualTo(CodeLetter.Q);
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.K);
        assertThat(plan.sampleSize()).isEqualTo(125);
        assertThat(plan.acceptNumber()).isEqualTo(21);
    }

    @Test
    void when_the_sample_reaches_the_lot_size_every_item_is_inspected() {
        // Lot 20 is code C; C at AQL 0.65 is ↓ to F's 0/1 plan, n = 20: the whole lot.
        SamplingPlan plan = AcceptanceSampling.plan(20, Aql.AQL_0_65);
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.F);
        assertThat(plan.inspectAll()).isTrue();
        assertThat(plan.sampleSize()).isEqualTo(20);
        assertThat(plan.acceptNumber()).isZero();
        assertThat(plan.rejectNumber()).isEqualTo(1);
    }

    @Test
    void a_sample_smaller_than_the_lot_by_one_is_still_a_sample() {
        SamplingPlan plan = AcceptanceSampling.plan(21, Aql.AQL_0_65);
        assertThat(plan.sampleSize()).isEqualTo(20);
        assertThat(plan.inspectAll()).isFalse();
    }

    @Test
    void a_tiny_lot_at_a_strict_AQL_is_inspected_whole() {
        SamplingPlan plan = AcceptanceSampling.plan(5, Aql.AQL_0_065);
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.L);
        assertThat(plan.inspectAll()).isTrue();
        assertThat(plan.sampleSize()).isEqualTo(5);
    }

    @Test
    void code_A_at_AQL_10_has_no_plan_above_and_goes_down_to_C() {
        SamplingPlan plan = AcceptanceSampling.plan(5, Aql.AQL_10);
        assertThat(SingleSamplingNormal.printed(CodeLetter.A, Aql.AQL_10)).isEqualTo("↓");
        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.C);
        assertThat(plan.acceptNumber()).isEqualTo(1);
        assertThat(plan.rejectNumber()).isEqualTo(2);
        assertThat(plan.inspectAll()).isTrue();
        assertThat(plan.sampleSize()).isEqualTo(5);
    }

    @Test
    void a_lot_of_one_is_inspected_whole() {
        SamplingPlan plan = AcceptanceSampling.plan(1, Aql.AQL_10);
        assertThat(plan.inspectAll()).isTrue();
        assertThat(plan.sampleSize()).isEqualTo(1);
    }

    @Test
    void a_lot_of_nothing_has_no_plan() {
        assertThatThrownBy(() -> AcceptanceSampling.plan(0, Aql.AQL_1_0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_lot_is_accepted_up_to_Ac_defects_and_rejected_from_Re() {
        SamplingPlan plan = AcceptanceSampling.plan(1000, Aql.AQL_1_0);
        assertThat(AcceptanceSampling.decide(plan, 0)).isEqualTo(LotDecision.ACCEPT);
        assertThat(AcceptanceSampling.decide(plan, 2)).isEqualTo(LotDecision.ACCEPT);
        assertThat(AcceptanceSampling.decide(plan, 3)).isEqualTo(LotDecision.REJECT);
        assertThat(AcceptanceSampling.decide(plan, 80)).isEqualTo(LotDecision.REJECT);
    }

    @Test
    void more_defects_than_items_inspected_is_a_mistake() {
        SamplingPlan plan = AcceptanceSampling.plan(1000, Aql.AQL_1_0);
        assertThatThrownBy(() -> plan.decide(81)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.decide(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aql_labels_read_back() {
        assertThat(Aql.ofPercent(new java.math.BigDecimal("1"))).contains(Aql.AQL_1_0);
        assertThat(Aql.ofPercent(new java.math.BigDecimal("0.065"))).contains(Aql.AQL_0_065);
        assertThat(Aql.ofPercent(new java.math.BigDecimal("3"))).isEmpty();
    }

    @Test
    void the_same_seed_draws_the_same_sample_whatever_the_order_of_the_items() {
        List<Long> ids = LongStream.rangeClosed(1, 1000).boxed().toList();
        List<Long> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        assertThat(AcceptanceSampling.choose(ids, 80, 42)).isEqualTo(AcceptanceSampling.choose(reversed, 80, 42));
    }

    @Test
    void the_sample_is_pinned_so_a_jvm_upgrade_cannot_change_a_drawn_sample() {
        List<Long> ids = LongStream.rangeClosed(1, 20).boxed().toList();
        assertThat(AcceptanceSampling.choose(ids, 5, 2026L)).isEqualTo(PINNED_SAMPLE);
    }

    // Recomputed outside Java from the LCG that the java.util.Random specification prescribes.
    private static final List<Long> PINNED_SAMPLE = List.of(1L, 4L, 12L, 17L, 20L);

    @Test
    void another_seed_draws_another_sample() {
        List<Long> ids = LongStream.rangeClosed(1, 1000).boxed().toList();
        assertThat(AcceptanceSampling.choose(ids, 80, 1)).isNotEqualTo(AcceptanceSampling.choose(ids, 80, 2));
    }

    @Test
    void asking_for_more_than_there_is_gives_every_item_once() {
        assertThat(AcceptanceSampling.choose(List.of(3L, 1L, 3L, 2L), 10, 7)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_negative_sample_size_is_a_mistake() {
        assertThatThrownBy(() -> AcceptanceSampling.choose(List.of(1L), -1, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
