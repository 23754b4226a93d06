package jp.hataraku.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The population share in integers agrees with exact decimal arithmetic rounded half up. */
class PerMilleProperties {

    @Property
    void per_mille_is_the_exact_share_rounded_half_up(@ForAll @LongRange(min = 0, max = 10_000_000) long registered,
            @ForAll @LongRange(min = 1, max = 100_000_000) long population) {
        long expected = BigDecimal.valueOf(registered).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(population), 0, RoundingMode.HALF_UP).longValueExact();
        assertThat(WorkerFigures.perMille(registered, population)).isEqualTo(expected);
    }
}
