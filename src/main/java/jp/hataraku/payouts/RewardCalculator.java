package jp.hataraku.payouts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;

/**
 * The one engine that works out a worker's payment, used by the closing, the payment notice and
 * {@code POST /api/v1/calculations/reward} alike (RULES-JP §2, §3):
 * <ol>
 * <li>gross = the sum of the lines (per kind, then in total);</li>
 * <li>consumption tax = gross × rate %, fractions cut off, once for the payment;</li>
 * <li>withholding base = the sum of the lines whose kind is subject to withholding, excluding
 * consumption tax (it is shown separately); withholding by {@link Withholding} on the payment
 * date;</li>
 * <li>net = gross + consumption tax − withholding.</li>
 * </ol>
 * A payment whose gross is negative (deductions exceeding work) is refused: it is carried to a later
 * period, never collected from the worker.
 */
public final class RewardCalculator {

    private final Withholding withholding;
    private final Predicate<WorkKind> subjectToWithholding;

    public RewardCalculator(Withholding withholding, Predicate<WorkKind> subjectToWithholding) {
        this.withholding = withholding;
        this.subjectToWithholding = subjectToWithholding;
    }

    /** With the Japanese rates and each kind's default withholding flag (DOMAIN.md). */
    public static RewardCalculator standard() {
        return new RewardCalculator(Withholding.japan(), WorkKind::withholding);
    }

    public RewardBreakdown calculate(List<RewardLine> lines, int consumptionTaxRate, LocalDate paymentDate) {
        if (consumptionTaxRate < 0 || consumptionTaxRate > 100) {
            throw new IllegalArgumentException("consumption tax rate is a percentage 0..100");
        }
        Map<WorkKind, Yen> byKind = new EnumMap<>(WorkKind.class);
        Yen gross = Yen.ZERO;
        Yen base = Yen.ZERO;
        for (RewardLine line : lines) {
            byKind.merge(line.kind(), line.amount(), Yen::plus);
            gross = gross.plus(line.amount());
            if (subjectToWithholding.test(line.kind())) {
                base = base.plus(line.amount());
            }
        }
        if (gross.isNegative()) {
            throw new IllegalArgumentException("a payment cannot be negative");
        }
        if (base.isNegative()) {
            base = Yen.ZERO;
        }
        Yen tax = Yen.of(Math.multiplyExact(gross.amount(), consumptionTaxRate) / 100);
        Yen withheld = withholding.on(base, paymentDate);
        Yen net = gross.plus(tax).minus(withheld);
        return new RewardBreakdown(byKind, gross, consumptionTaxRate, tax, base, withheld, net);
    }
}
