package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class KappaTest {

    @Test
    void cohens_textbook_example_gives_0_4() {
        // Wikipedia, "Cohen's kappa": 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no → pₒ 0.7, pₑ 0.5, κ 0.4.
        Kappa kappa = Kappa.cohen(new long[][] {{20, 5}, {10, 15}});
        assertThat(kappa.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(kappa.expected()).isCloseTo(0.5, within(1e-12));
        assertThat(kappa.value()).isCloseTo(0.4, within(1e-12));
        assertThat(kappa.items()).isEqualTo(50);
        assertThat(kappa.format()).isEqualTo("0.40");
    }

    @Test
    void the_same_example_from_the_ratings_themselves() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        assertThat(Kappa.cohen(a, b).value()).isCloseTo(0.4, within(1e-12));
    }

    private static void add(List<String> a, List<String> b, String first, String second, int times) {
        a.addAll(Collections.nCopies(times, first));
        b.addAll(Collections.nCopies(times, second));
    }

    @Test
    void agreement_no_better_than_chance_is_zero_and_systematic_disagreement_is_negative() {
        assertThat(Kappa.cohen(new long[][] {{25, 25}, {25, 25}}).value()).isCloseTo(0.0, within(1e-12));
        assertThat(Kappa.cohen(new long[][] {{0, 10}, {10, 0}}).value()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void when_everyone_always_chose_the_same_single_category_kappa_is_defined_as_1() {
        Kappa kappa = Kappa.cohen(List.of("a", "a", "a"), List.of("a", "a", "a"));
        assertThat(kappa.value()).isEqualTo(1.0);
        assertThat(kappa.degenerate()).isTrue();
        assertThat(Kappa.fleiss(new int[][] {{3, 0}, {3, 0}}).degenerate()).isTrue();
        assertThat(Kappa.cohen(List.of("a", "b"), List.of("a", "b")).degenerate()).isFalse();
    }

    @Test
    void a_missing_rating_is_its_own_category() {
        List<String> first = new ArrayList<>(List.of("a", "b"));
        first.add(null);
        assertThat(Kappa.cohen(first, List.of("a", "b", "")).value()).isEqualTo(1.0);
    }

    @Test
    void fleiss_textbook_example_gives_0_210() {
        // Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories → P̄ 0.378, P̄ₑ 0.213, κ 0.210.
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        Kappa kappa = Kappa.fleiss(counts);
        assertThat(kappa.observed()).isCloseTo(0.378, within(0.0005));
        assertThat(kappa.expected()).isCloseTo(0.213, within(0.0005));
        assertThat(kappa.value()).isCloseTo(0.20993, within(0.00001));
        assertThat(kappa.format()).isEqualTo("0.21");
    }

    @Test
    void fleiss_from_ratings_counts_each_items_ratings() {
        Kappa kappa = Kappa.fleiss(List.of(List.of("a", "a", "a"), List.of("b", "b", "b"), List.of("a", "b", "a")));
        Kappa fromCounts = Kappa.fleiss(new int[][] {{3, 0}, {0, 3}, {2, 1}});
        assertThat(kappa).isEqualTo(fromCounts);
    }

    @Test
    void ratings_that_cannot_be_compared_are_a_mistake() {
        assertThatThrownBy(() -> Kappa.cohen(List.of("a"), List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kappa.cohen(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kappa.cohen(new long[][] {{1, 2}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kappa.fleiss(new int[][] {{2, 0}, {1, 2}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kappa.fleiss(new int[][] {{1, 0}, {0, 1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kappa.fleiss(new int[0][0])).isInstanceOf(IllegalArgumentException.class);
    }
}
