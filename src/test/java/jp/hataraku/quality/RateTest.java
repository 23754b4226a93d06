package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void a_rate_prints_as_a_percent_with_one_decimal_half_up() {
        assertThat(Rate.of(1, 3).percent()).isEqualTo("33.3%");
        assertThat(Rate.of(2, 3).percent()).isEqualTo("66.7%");
        assertThat(Rate.of(1, 8).percent()).isEqualTo("12.5%");
        assertThat(Rate.of(1, 1600).percent()).isEqualTo("0.1%");
        assertThat(Rate.of(0, 5).percent()).isEqualTo("0.0%");
    }

    @Test
    void a_rate_of_nothing_is_unknown_not_zero() {
        assertThat(Rate.none().isKnown()).isFalse();
        assertThat(Rate.none().percent()).isEqualTo("—");
        assertThatThrownBy(() -> Rate.none().value()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rates_add_and_complement_by_their_counts() {
        assertThat(Rate.of(1, 4).plus(Rate.of(2, 6))).isEqualTo(Rate.of(3, 10));
        assertThat(Rate.of(1, 4).complement()).isEqualTo(Rate.of(3, 4));
        assertThat(Rate.of(1, 4).value()).isEqualTo(0.25);
    }

    @Test
    void a_part_larger_than_the_whole_is_not_a_rate() {
        assertThatThrownBy(() -> Rate.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
