package jp.hataraku.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How long one approved unit of a job took: the median over {@code units} approved units, in
 * seconds. A pool unit runs from its lease to its approved submission; an assigned task's is the
 * sum of its approved time logs.
 */
public record UnitTime(long units, BigDecimal medianSeconds) {

    public UnitTime {
        if (units < 1 || medianSeconds == null || medianSeconds.signum() <= 0) {
            throw new IllegalArgumentException("a unit time needs units and a positive median");
        }
    }

    /** The median in minutes, to one decimal place (half up), for display. */
    public BigDecimal medianMinutes() {
        return medianSeconds.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /**
     * The effective hourly reward of {@code yenPerUnit}: yen per unit × 3600 ÷ median seconds
     * (= × 60 ÷ median minutes), fractions of a yen cut off. Integer yen; no floating point.
     */
    public long effectiveHourly(long yenPerUnit) {
        if (yenPerUnit < 0) {
            throw new IllegalArgumentException("reward cannot be negative");
        }
        return BigDecimal.valueOf(yenPerUnit).multiply(BigDecimal.valueOf(3600))
                .divide(medianSeconds, 0, RoundingMode.DOWN).longValueExact();
    }
}
