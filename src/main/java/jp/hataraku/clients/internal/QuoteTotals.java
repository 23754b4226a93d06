package jp.hataraku.clients.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.shared.InvoiceTax;

/**
 * The totals of a quote as a qualified invoice states them (RULES-JP §3): the amounts before tax
 * summed per tax rate, the consumption tax computed once per rate on that sum and rounded down
 * (never per line), and the grand total. Money is integer yen.
 */
record QuoteTotals(Map<TaxRate, RateTotal> byRate, long net, long tax, long gross) {

    /** The lines of one rate: their amount before tax, the tax on it, and both together. */
    record RateTotal(TaxRate rate, long net, long tax) {
        public long gross() {
            return Math.addExact(net, tax);
        }
    }

    /** The totals by {@link InvoiceTax}, the one place the per-rate rounding lives (cut off, as quotes state). */
    static QuoteTotals of(List<QuoteLine> lines) {
        InvoiceTax.Result result = InvoiceTax.compute(lines.stream()
                .map(l -> new InvoiceTax.Line("", l.amount(), l.taxRate().percent())).toList(), false,
                InvoiceTax.Rounding.DOWN);
        Map<TaxRate, RateTotal> byRate = new EnumMap<>(TaxRate.class);
        for (InvoiceTax.RateTotal t : result.byRate()) {
            TaxRate rate = t.taxRate() == TaxRate.REDUCED.percent() ? TaxRate.REDUCED : TaxRate.STANDARD;
            byRate.put(rate, new RateTotal(rate, t.amount(), t.tax()));
        }
        return new QuoteTotals(Collections.unmodifiableMap(byRate), result.totalAmount(), result.totalTax(),
                result.total());
    }

    /** The tax on a non-negative amount at a rate, fractions of a yen cut off. */
    static long taxOn(long net, TaxRate rate) {
        return InvoiceTax.taxOn(net, rate.percent(), false, InvoiceTax.Rounding.DOWN);
    }

    /** The rates in the order a quote shows them: standard, then reduced. */
    public List<RateTotal> rates() {
        return List.copyOf(byRate.values());
    }

    /** Whether some line is at the reduced rate (the quote then marks those lines, RULES-JP §3). */
    public boolean hasReduced() {
        return byRate.containsKey(TaxRate.REDUCED);
    }
}
