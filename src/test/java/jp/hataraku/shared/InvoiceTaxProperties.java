package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hataraku.shared.InvoiceTax.Line;
import jp.hataraku.shared.InvoiceTax.RateTotal;
import jp.hataraku.shared.InvoiceTax.Result;
import jp.hataraku.shared.InvoiceTax.Rounding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invoice arithmetic for any lines: per-rate sums, one rounding per rate, DOWN ≤ exact ≤ UP. */
class InvoiceTaxProperties {

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.longs().between(0, 100_000_000L),
                Arbitraries.of(InvoiceTax.RATES))
                .as((amount, rate) -> new Line("line", amount, rate));
        return line.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void totals_equal_the_sum_of_the_lines(@ForAll("lines") List<Line> lines, @ForAll boolean inclusive,
            @ForAll Rounding rounding) {
        Result r = InvoiceTax.compute(lines, inclusive, rounding);
        assertThat(r.totalAmount()).isEqualTo(lines.stream().mapToLong(Line::amount).sum());
        assertThat(r.totalAmount()).isEqualTo(r.byRate().stream().mapToLong(RateTotal::amount).sum());
        assertThat(r.totalTax()).isEqualTo(r.byRate().stream().mapToLong(RateTotal::tax).sum());
        assertThat(r.total()).isEqualTo(inclusive ? r.totalAmount() : r.totalAmount() + r.totalTax());
        Map<Integer, Long> perRate = lines.stream()
                .collect(Collectors.groupingBy(Line::taxRate, Collectors.summingLong(Line::amount)));
        assertThat(r.byRate()).allSatisfy(t -> assertThat(t.amount()).isEqualTo(perRate.get(t.taxRate())));
        assertThat(r.byRate()).hasSize(perRate.size());
    }

    @Property
    void each_rate_is_rounded_once_and_differs_from_per_line_rounding_by_less_than_the_line_count(
            @ForAll("lines") List<Line> lines, @ForAll boolean inclusive, @ForAll Rounding rounding) {
        Result r = InvoiceTax.compute(lines, inclusive, rounding);
        for (RateTotal t : r.byRate()) {
            List<Line> ofRate = lines.stream().filter(l -> l.taxRate() == t.taxRate()).toList();
            assertThat(t.tax()).as("one rounding of the rate's sum")
                    .isEqualTo(InvoiceTax.taxOn(t.amount(), t.taxRate(), inclusive, rounding));
            long perLine = ofRate.stream().mapToLong(l -> InvoiceTax.taxOn(l.amount(), l.taxRate(), inclusive, rounding)).sum();
            assertThat(Math.abs(t.tax() - perLine)).isLessThan(Math.max(1, ofRate.size()));
        }
        long perLineAll = lines.stream().mapToLong(l -> InvoiceTax.taxOn(l.amount(), l.taxRate(), inclusive, rounding)).sum();
        assertThat(Math.abs(r.totalTax() - perLineAll)).isLessThan(Math.max(1, lines.size()));
    }

    @Property
    void down_is_at_most_the_exact_tax_and_up_at_least(@ForAll("lines") List<Line> lines, @ForAll boolean inclusive) {
        Result down = InvoiceTax.compute(lines, inclusive, Rounding.DOWN);
        Result half = InvoiceTax.compute(lines, inclusive, Rounding.HALF_UP);
        Result up = InvoiceTax.compute(lines, inclusive, Rounding.UP);
        for (int i = 0; i < down.byRate().size(); i++) {
            RateTotal d = down.byRate().get(i);
            // exact tax as a fraction num/den, compared in integers
            BigInteger num = BigInteger.valueOf(d.amount()).multiply(BigInteger.valueOf(d.taxRate()));
            BigInteger den = BigInteger.valueOf(inclusive ? 100 + d.taxRate() : 100);
            assertThat(BigInteger.valueOf(d.tax()).multiply(den)).isLessThanOrEqualTo(num);
            assertThat(BigInteger.valueOf(up.byRate().get(i).tax()).multiply(den)).isGreaterThanOrEqualTo(num);
            assertThat(up.byRate().get(i).tax() - d.tax()).isBetween(0L, 1L);
            assertThat(half.byRate().get(i).tax()).isBetween(d.tax(), up.byRate().get(i).tax());
        }
    }

    @Property
    void amounts_with_tax_included_give_back_the_tax_of_the_same_amounts_without(@ForAll("lines") List<Line> lines,
            @ForAll Rounding rounding) {
        Result exclusive = InvoiceTax.compute(lines, false, rounding);
        List<Line> grossed = exclusive.byRate().stream()
                .map(t -> new Line("gross", t.amount() + t.tax(), t.taxRate())).toList();
        Result inclusive = InvoiceTax.compute(grossed, true, rounding);
        assertThat(inclusive.totalTax()).isEqualTo(exclusive.totalTax());
        assertThat(inclusive.total()).isEqualTo(exclusive.total());
        for (int i = 0; i < exclusive.byRate().size(); i++) {
            assertThat(inclusive.byRate().get(i).tax()).isEqualTo(exclusive.byRate().get(i).tax());
        }
    }

    @Property
    void a_return_invoice_is_the_exact_negative(@ForAll("lines") List<Line> lines, @ForAll boolean inclusive,
            @ForAll Rounding rounding) {
        Result original = InvoiceTax.compute(lines, inclusive, rounding);
        Result refund = InvoiceTax.compute(lines.stream().map(l -> new Line(l.description(), -l.amount(), l.taxRate()))
                .toList(), inclusive, rounding);
        assertThat(refund.totalTax()).isEqualTo(-original.totalTax());
        assertThat(refund.total()).isEqualTo(-original.total());
    }
}
