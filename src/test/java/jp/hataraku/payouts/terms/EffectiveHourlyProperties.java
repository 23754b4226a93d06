package jp.hataraku.payouts.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import jp.hataraku.jobs.UnitTime;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The effective hourly reward: yen per unit × 60 ÷ median minutes, cut off to the yen, in integers. */
class EffectiveHourlyProperties {

    @Property
    void is_the_largest_whole_yen_not_above_the_exact_rate(@ForAll @LongRange(min = 0, max = 10_000_000) long yenPerUnit,
            @ForAll @LongRange(min = 1, max = 10_000_000) long medianMillis) {
        BigDecimal seconds = BigDecimal.valueOf(medianMillis, 3);
        long hourly = new UnitTime(1, seconds).effectiveHourly(yenPerUnit);
        BigDecimal earned = BigDecimal.valueOf(yenPerUnit).multiply(BigDecimal.valueOf(3600));
        // hourly × median ≤ reward × 3600 < (hourly + 1) × median
        assertThat(BigDecimal.valueOf(hourly).multiply(seconds)).isLessThanOrEqualTo(earned);
        assertThat(BigDecimal.valueOf(hourly + 1).multiply(seconds)).isGreaterThan(earned);
    }

    @Property
    void a_slower_median_never_pays_more_per_hour(@ForAll @LongRange(min = 0, max = 1_000_000) long yenPerUnit,
            @ForAll @LongRange(min = 1, max = 100_000) long fast, @ForAll @LongRange(min = 0, max = 100_000) long extra) {
        long quick = new UnitTime(1, BigDecimal.valueOf(fast)).effectiveHourly(yenPerUnit);
        long slow = new UnitTime(1, BigDecimal.valueOf(fast + extra)).effectiveHourly(yenPerUnit);
        assertThat(slow).isLessThanOrEqualTo(quick);
    }

    @Example
    void worked_examples() {
        // 12 yen a card at 2 minutes a card: 360 yen an hour
        assertThat(new UnitTime(5, BigDecimal.valueOf(120)).effectiveHourly(12)).isEqualTo(360);
        assertThat(new UnitTime(5, BigDecimal.valueOf(120)).medianMinutes()).isEqualByComparingTo("2.0");
        // 15 yen at 50 seconds: 1,080 yen an hour exactly
        assertThat(new UnitTime(1, BigDecimal.valueOf(50)).effectiveHourly(15)).isEqualTo(1080);
        // 100 yen at 7 minutes: 857.14… cut off to 857
        assertThat(new UnitTime(1, BigDecimal.valueOf(420)).effectiveHourly(100)).isEqualTo(857);
        // 8,000 yen per assigned task of 90 minutes: 5,333 yen an hour
        assertThat(new UnitTime(1, BigDecimal.valueOf(5400)).effectiveHourly(8000)).isEqualTo(5333);
        assertThat(new UnitTime(1, new BigDecimal("90.5")).medianMinutes()).isEqualByComparingTo("1.5");
    }

    @Example
    void no_time_or_a_negative_reward_is_refused() {
        assertThatThrownBy(() -> new UnitTime(1, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitTime(0, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitTime(1, BigDecimal.TEN).effectiveHourly(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
