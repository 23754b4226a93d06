package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Quote totals hold for any lines: exact per-rate tax, rounding once per rate, order-free. */
class QuoteTotalsProperties {

    @Provide
    Arbitrary<QuoteLine> lines() {
        return Combinators.combine(Arbitraries.longs().between(1, 100_000), Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.of(TaxRate.class))
                .as((q, p, r) -> new QuoteLine("item", q, "件", p, r));
    }

    @Property
    void the_tax_of_each_rate_is_its_net_times_the_rate_rounded_down(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("lines") QuoteLine> lines) {
        QuoteTotals totals = QuoteTotals.of(lines);
        for (QuoteTotals.RateTotal r : totals.rates()) {
            BigDecimal exact = BigDecimal.valueOf(r.net()).multiply(BigDecimal.valueOf(r.rate().percent()))
                    .divide(BigDecimal.valueOf(100));
            assertThat(r.tax()).isEqualTo(exact.setScale(0, RoundingMode.DOWN).longValueExact());
            assertThat(r.net()).isEqualTo(lines.stream().filter(l -> l.taxRate() == r.rate())
                    .mapToLong(QuoteLine::amount).sum());
        }
    }

    @Property
    void totals_add_up_and_there_is_at_most_one_rounding_per_rate(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("lines") QuoteLine> lines) {
        QuoteTotals totals = QuoteTotals.of(lines);
        assertThat(totals.net()).isEqualTo(lines.stream().mapToLong(QuoteLine::amount).sum());
        assertThat(totals.gross()).isEqualTo(totals.net() + totals.tax());
        assertThat(totals.tax()).isEqualTo(totals.rates().stream().mapToLong(QuoteTotals.RateTotal::tax).sum());
        BigDecimal exactTax = lines.stream().map(l -> BigDecimal.valueOf(l.amount())
                .multiply(BigDecimal.valueOf(l.taxRate().percent())).divide(BigDecimal.valueOf(100)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // Rounded down once per rate: below the exact tax by less than one yen per rate present.
        assertThat(BigDecimal.valueOf(totals.tax())).isLessThanOrEqualTo(exactTax);
        assertThat(exactTax.subtract(BigDecimal.valueOf(totals.tax())))
                .isLessThan(BigDecimal.valueOf(Math.max(1, totals.rates().size())));
    }

    @Property
    void the_order_of_lines_does_not_matter(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("lines") QuoteLine> lines) {
        List<QuoteLine> shuffled = new ArrayList<>(lines);
        Collections.reverse(shuffled);
        assertThat(QuoteTotals.of(shuffled)).isEqualTo(QuoteTotals.of(lines));
    }

    @Property
    void rounding_per_rate_never_gives_less_tax_than_rounding_per_line(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("lines") QuoteLine> lines) {
        long perLine = lines.stream().mapToLong(l -> QuoteTotals.taxOn(l.amount(), l.taxRate())).sum();
        assertThat(QuoteTotals.of(lines).tax()).isGreaterThanOrEqualTo(perLine);
    }
}
