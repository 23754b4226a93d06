package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class KappaProperties {

    @Property
    void cohens_kappa_is_symmetric_in_the_raters_and_at_most_1(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 3) Integer> first,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 3) Integer> second) {
        int n = Math.min(first.size(), second.size());
        List<String> a = first.subList(0, n).stream().map(String::valueOf).toList();
        List<String> b = second.subList(0, n).stream().map(String::valueOf).toList();
        Kappa ab = Kappa.cohen(a, b);
        Kappa ba = Kappa.cohen(b, a);
        assertThat(ab.value()).isCloseTo(ba.value(), within(1e-12));
        assertThat(ab.value()).isLessThanOrEqualTo(1.0).isGreaterThanOrEqualTo(-1.0);
        assertThat(ab.observed()).isBetween(0.0, 1.0);
    }

    @Property
    void perfect_agreement_over_two_or_more_categories_is_1(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 4) Integer> ratings) {
        Assume.that(ratings.stream().distinct().count() >= 2);
        List<String> a = ratings.stream().map(String::valueOf).toList();
        Kappa kappa = Kappa.cohen(a, a);
        assertThat(kappa.value()).isEqualTo(1.0);
        assertThat(kappa.degenerate()).isFalse();
    }

    @Property
    void fleiss_kappa_is_1_when_all_raters_agree_on_every_item_over_two_or_more_categories(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 3) Integer> ratings,
            @ForAll @IntRange(min = 2, max = 6) int raters) {
        Assume.that(ratings.stream().distinct().count() >= 2);
        int[][] counts = new int[ratings.size()][4];
        for (int i = 0; i < ratings.size(); i++) {
            counts[i][ratings.get(i)] = raters;
        }
        assertThat(Kappa.fleiss(counts).value()).isEqualTo(1.0);
        assertThat(Kappa.fleiss(counts).degenerate()).isFalse();
    }

    @Property
    void fleiss_kappa_is_at_most_1_and_ignores_the_order_of_categories(
            @ForAll @Size(min = 1, max = 30) List<@Size(value = 3) List<@IntRange(min = 0, max = 2) Integer>> items) {
        int[][] counts = new int[items.size()][3];
        int[][] mirrored = new int[items.size()][3];
        for (int i = 0; i < items.size(); i++) {
            for (int rating : items.get(i)) {
                counts[i][rating]++;
                mirrored[i][2 - rating]++;
            }
        }
        Kappa kappa = Kappa.fleiss(counts);
        assertThat(kappa.value()).isLessThanOrEqualTo(1.0);
        assertThat(Kappa.fleiss(mirrored).value()).isCloseTo(kappa.value(), within(1e-12));
    }
}
