package jp.hataraku.clients.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    static QuoteTotals of(List<QuoteLine> lines) {
        Map<TaxRate, Long> netByRate = new EnumMap<>(TaxRate.class);
        for (QuoteLine line : lines) {
            netByRate.merge(line.taxRate(), line.amount(), Math::addExact);
        }
        Map<TaxRate, RateTotal> byRate = new EnumMap<>(TaxRate.class);
        long net = 0;
        long tax = 0;
        for (Map.Entry<TaxRate, Long> e : netByRate.entrySet()) {
            long rateTax = taxOn(e.getValue(), e.getKey());
            byRate.put(e.getKey(), new RateTotal(e.getKey(), e.getValue(), rateTax));
            net = Math.addExact(net, e.getValue());
            tax = Math.addExact(tax, rateTax);
        }
        return new QuoteTotals(Collections.unmodifiableMap(byRate), net, tax, Math.addExact(net, tax));
    }

    /** The tax on a non-negative amount at a rate, fractions of a yen cut off. */
    static long taxOn(long net, TaxRate rate) {
        return Math.multiplyExact(net, rate.percent()) / 100;
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
