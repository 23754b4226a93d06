package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class YenProperties {

    @Property
    void plus_then_minus_is_identity(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        assertThat(Yen.of(a).plus(Yen.of(b)).minus(Yen.of(b))).isEqualTo(Yen.of(a));
    }

    @Property
    void formatted_amounts_read_back(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a) {
        assertThat(Yen.parse(Yen.of(a).formatJa()).get()).isEqualTo(Yen.of(a));
        assertThat(Yen.parse(Yen.of(a).format().replace("-¥", "-")).get()).isEqualTo(Yen.of(a));
    }
}
