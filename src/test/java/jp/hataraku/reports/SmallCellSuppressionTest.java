package jp.hataraku.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    final SmallCellSuppression rule = SmallCellSuppression.standard();

    @Test
    void counts_of_one_and_two_are_masked_and_zero_is_shown() {
        assertThat(rule.suppress(List.of(0L, 1L, 2L, 3L, 40L))).containsExactly(OptionalLong.of(0), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.of(3), OptionalLong.of(40));
    }

    @Test
    void a_lone_masked_cell_takes_the_next_smallest_with_it_so_the_total_cannot_reveal_it() {
        // total 63 + 15 + 2 = 80 published: masking only the 2 would let anyone subtract it back
        assertThat(rule.suppress(List.of(63L, 15L, 2L)))
                .containsExactly(OptionalLong.of(63), OptionalLong.empty(), OptionalLong.empty());
    }

    @Property
    void no_published_cell_is_small_and_never_exactly_one_cell_is_masked(
            @ForAll @Size(min = 2, max = 12) List<@LongRange(min = 0, max = 50) Long> counts) {
        List<OptionalLong> out = rule.suppress(counts);
        assertThat(out).hasSameSizeAs(counts);
        assertThat(out).allSatisfy(c -> c.ifPresent(v -> assertThat(v == 0 || v >= 3).isTrue()));
        long masked = out.stream().filter(OptionalLong::isEmpty).count();
        long nonZero = counts.stream().filter(c -> c > 0).count();
        assertThat(masked != 1 || nonZero == 1).isTrue();
    }
}
