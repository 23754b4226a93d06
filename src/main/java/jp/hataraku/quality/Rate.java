package jp.hataraku.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count out of a count — fields correct out of fields scored, errors out of items reviewed —
 * kept as the two counts so that nothing is lost to rounding and an empty denominator stays
 * visibly unknown ("—") instead of becoming 0 % or 100 %.
 */
public record Rate(long part, long whole) {

    public static final String UNKNOWN = "—";

    public Rate {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("not a rate: " + part + "/" + whole);
        }
    }

    public static Rate of(long part, long whole) {
        return new Rate(part, whole);
    }

    public static Rate none() {
        return new Rate(0, 0);
    }

    public boolean isKnown() {
        return whole > 0;
    }

    /** The rate as a fraction 0..1; only when {@link #isKnown()}. */
    public double value() {
        if (whole == 0) {
            throw new IllegalStateException("rate of nothing");
        }
        return (double) part / whole;
    }

    /** The complement: successes become failures (tasks returned → tasks not returned). */
    public Rate complement() {
        return new Rate(whole - part, whole);
    }

    /** The two counts added: evidence from two sources of the same kind. */
    public Rate plus(Rate other) {
        return new Rate(Math.addExact(part, other.part), Math.addExact(whole, other.whole));
    }

    /** "92.5%" with one decimal, half up; "—" when unknown. */
    public String percent() {
        if (whole == 0) {
            return UNKNOWN;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
