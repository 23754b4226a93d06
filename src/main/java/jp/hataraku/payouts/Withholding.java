package jp.hataraku.payouts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.hataraku.shared.Yen;

/**
 * Withholding income tax on one payment of item-1 fees (RULES-JP §2): 10.21% of the base up to
 * ¥1,000,000 and 20.42% of the part above it, that is (A − 1,000,000) × 20.42% + 102,100; fractions
 * of a yen are cut off. The rates are dated data chosen by the payment date; {@link #japan()} holds
 * the schedule in force. A base of zero or less withholds nothing.
 */
public final class Withholding {

    private static final long PER = 10_000;

    private final List<WithholdingRate> schedule;

    public Withholding(List<WithholdingRate> schedule) {
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("a withholding schedule needs at least one rate");
        }
        this.schedule = List.copyOf(schedule);
    }

    /**
     * The Japanese schedule: 10.21% / 20.42% from 2013-01-01 (income tax 10% / 20% plus the
     * reconstruction special income tax of 2.1% of it) through 2037-12-31, then 10% / 20%.
     */
    public static Withholding japan() {
        return new Withholding(List.of(
                new WithholdingRate(LocalDate.of(2013, 1, 1), Optional.of(LocalDate.of(2037, 12, 31)), 1_000_000,
                        1021, 2042, "所得税法204条1項・205条, 復興財源確保法28条"),
                new WithholdingRate(LocalDate.of(2038, 1, 1), Optional.empty(), 1_000_000, 1000, 2000,
                        "所得税法204条1項・205条")));
    }

    /** The rate in force for a payment made on {@code paymentDate}. */
    public WithholdingRate rateOn(LocalDate paymentDate) {
        return schedule.stream().filter(r -> r.appliesOn(paymentDate)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no withholding rate for " + paymentDate));
    }

    /** The tax withheld from one payment whose base is {@code base}, paid on {@code paymentDate}. */
    public Yen on(Yen base, LocalDate paymentDate) {
        long a = base.amount();
        if (a <= 0) {
            return Yen.ZERO;
        }
        WithholdingRate rate = rateOn(paymentDate);
        long lower = Math.min(a, rate.threshold());
        long upper = a - lower;
        // Each part is exact in hundredths of a percent; the sum is cut to whole yen once.
        long tenThousandths = Math.addExact(Math.multiplyExact(lower, rate.lowerRate()),
                Math.multiplyExact(upper, rate.upperRate()));
        return Yen.of(tenThousandths / PER);
    }
}
