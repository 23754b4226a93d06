package jp.hataraku.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The totals of a qualified invoice (RULES-JP §3): the lines' amounts summed per tax rate, then the
 * consumption tax computed <b>once per rate per invoice</b> on that sum (never per line) and rounded
 * by the issuer's {@link Rounding}. Amounts are integer yen; no floating point.
 * <p>
 * Amounts without tax ({@code amountsIncludeTax = false}): tax = amount × rate / 100, and
 * {@code total = totalAmount + totalTax}. Amounts with tax included: tax = amount × rate / (100 + rate),
 * the per-rate amounts are stated as given (tax included) and {@code total = totalAmount}.
 * Negative amounts (a return invoice) are rounded by magnitude, so the tax of a refund is exactly
 * the negative of the tax of the same positive amounts. Billing's invoices and the clients module's
 * quotes both use it: the rounding rule lives here only.
 */
public final class InvoiceTax {

    /** The rates a line may carry: 10 % standard, 8 % reduced (軽減税率), 0 % not taxed. */
    public static final List<Integer> RATES = List.of(10, 8, 0);
    public static final int REDUCED_RATE = 8;

    private InvoiceTax() {
    }

    /** How a yen fraction of the per-rate tax is rounded; the issuer chooses, DOWN (切り捨て) by default. */
    public enum Rounding {
        DOWN, UP, HALF_UP
    }

    /** One invoice line: what, how much in yen, and its tax rate in percent (0, 8 or 10). */
    public record Line(String description, long amount, int taxRate) {
        public Line {
            Objects.requireNonNull(description, "description");
            if (!isRate(taxRate)) {
                throw new IllegalArgumentException("tax rate must be 0, 8 or 10: " + taxRate);
            }
        }

        /** Lines at the reduced rate are marked on the invoice (※). */
        public boolean reduced() {
            return taxRate == REDUCED_RATE;
        }
    }

    /** The lines of one rate: their summed amount (as stated: with or without tax) and the tax on it. */
    public record RateTotal(int taxRate, long amount, long tax) {
        public boolean reduced() {
            return taxRate == REDUCED_RATE;
        }
    }

    /** The invoice's totals: by rate (10, 8, 0; only rates that occur), the sums and the amount due. */
    public record Result(List<RateTotal> byRate, long totalAmount, long totalTax, long total,
            boolean amountsIncludeTax) {
        public Result {
            byRate = List.copyOf(byRate);
        }

        public boolean hasReduced() {
            return byRate.stream().anyMatch(RateTotal::reduced);
        }
    }

    public static boolean isRate(int percent) {
        return RATES.contains(percent);
    }

    public static Result compute(List<Line> lines, boolean amountsIncludeTax) {
        return compute(lines, amountsIncludeTax, Rounding.DOWN);
    }

    public static Result compute(List<Line> lines, boolean amountsIncludeTax, Rounding rounding) {
        Objects.requireNonNull(rounding, "rounding");
        Map<Integer, Long> byRate = new TreeMap<>(Comparator.reverseOrder());
        for (Line line : lines) {
            byRate.merge(line.taxRate(), line.amount(), Math::addExact);
        }
        List<RateTotal> totals = new ArrayList<>();
        long totalAmount = 0;
        long totalTax = 0;
        for (Map.Entry<Integer, Long> e : byRate.entrySet()) {
            long tax = taxOn(e.getValue(), e.getKey(), amountsIncludeTax, rounding);
            totals.add(new RateTotal(e.getKey(), e.getValue(), tax));
            totalAmount = Math.addExact(totalAmount, e.getValue());
            totalTax = Math.addExact(totalTax, tax);
        }
        long total = amountsIncludeTax ? totalAmount : Math.addExact(totalAmount, totalTax);
        return new Result(totals, totalAmount, totalTax, total, amountsIncludeTax);
    }

    /**
     * The tax on one rate's summed amount: amount × rate / 100 (or / (100 + rate) when the amount
     * includes the tax), rounded by magnitude.
     */
    public static long taxOn(long amount, int ratePercent, boolean amountIncludesTax, Rounding rounding) {
        if (!isRate(ratePercent)) {
            throw new IllegalArgumentException("tax rate must be 0, 8 or 10: " + ratePercent);
        }
        long magnitude = Math.absExact(amount);
        long numerator = Math.multiplyExact(magnitude, ratePercent);
        long denominator = amountIncludesTax ? 100L + ratePercent : 100L;
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        long rounded = switch (rounding) {
            case DOWN -> quotient;
            case UP -> remainder > 0 ? quotient + 1 : quotient;
            case HALF_UP -> 2 * remainder >= denominator ? quotient + 1 : quotient;
        };
        return amount < 0 ? -rounded : rounded;
    }
}
