package jp.hataraku.quality;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Acceptance quality limit, in percent nonconforming: the worst error rate that is still
 * acceptable as a process average. These are the standard AQL columns of ISO 2859-1 table 2-A from
 * 0.065 % to 10 %; the smaller ones need lots far bigger than a job's.
 */
public enum Aql {
    AQL_0_065("0.065"),
    AQL_0_10("0.10"),
    AQL_0_15("0.15"),
    AQL_0_25("0.25"),
    AQL_0_40("0.40"),
    AQL_0_65("0.65"),
    AQL_1_0("1.0"),
    AQL_1_5("1.5"),
    AQL_2_5("2.5"),
    AQL_4_0("4.0"),
    AQL_6_5("6.5"),
    AQL_10("10");

    private final String label;

    Aql(String label) {
        this.label = label;
    }

    /** As the standard prints it: "0.065", "1.0", "10". */
    public String label() {
        return label;
    }

    public BigDecimal percent() {
        return new BigDecimal(label);
    }

    /** The AQL whose value is the given percent ("1", "1.0" and "1.00" are all 1.0), if it is a standard one. */
    public static Optional<Aql> ofPercent(BigDecimal percent) {
        return Arrays.stream(values()).filter(a -> a.percent().compareTo(percent) == 0).findFirst();
    }
}
