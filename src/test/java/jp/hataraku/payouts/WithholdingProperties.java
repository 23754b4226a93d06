package jp.hataraku.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import jp.hataraku.shared.Yen;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class WithholdingProperties {

    static final LocalDate PAID = LocalDate.of(2026, 12, 25);
    final Withholding withholding = Withholding.japan();

    /** The rule as RULES-JP states it, in decimal arithmetic: an oracle independent of the code. */
    static long byTheRule(long a) {
        BigDecimal amount = BigDecimal.valueOf(a);
        BigDecimal tax = a <= 1_000_000
                ? amount.multiply(new BigDecimal("0.1021"))
                : amount.subtract(BigDecimal.valueOf(1_000_000)).multiply(new BigDecimal("0.2042"))
                        .add(BigDecimal.valueOf(102_100));
        return tax.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    @Property
    void equals_the_rule_computed_in_decimals(@ForAll @LongRange(min = 0, max = 50_000_000_000L) long a) {
        assertThat(withholding.on(Yen.of(a), PAID).amount()).isEqualTo(byTheRule(a));
    }

    @Property
    void never_exceeds_the_base(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long a) {
        long w = withholding.on(Yen.of(a), PAID).amount();
        assertThat(w).isBetween(0L, a);
    }

    @Property
    void never_falls_when_the_base_grows(@ForAll @LongRange(min = 0, max = 10_000_000) long a,
            @ForAll @LongRange(min = 0, max = 10_000) long more) {
        assertThat(withholding.on(Yen.of(a + more), PAID)).isGreaterThanOrEqualTo(withholding.on(Yen.of(a), PAID));
    }

    @Property
    void is_exact_around_the_one_million_boundary(@ForAll @LongRange(min = -1_000, max = 1_000) long offset) {
        long a = 1_000_000 + offset;
        long expected = offset <= 0 ? a * 1021 / 10_000 : 102_100 + offset * 2042 / 10_000;
        assertThat(withholding.on(Yen.of(a), PAID).amount()).isEqualTo(expected);
    }
}
