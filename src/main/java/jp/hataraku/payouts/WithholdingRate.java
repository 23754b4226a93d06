package jp.hataraku.payouts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The withholding rates on item-1 fees (所得税法 204条1項, 施行令 320条) for payments made from
 * {@code validFrom} to {@code validTo} (inclusive; empty: until further notice), as rates in
 * hundredths of a percent: {@code lowerRate} on the part of one payment up to {@code threshold} yen,
 * {@code upperRate} on the excess. 10.21% = 1021. The 0.21 points are the reconstruction special
 * income tax (復興特別所得税), levied on payments to 2037-12-31.
 */
public record WithholdingRate(LocalDate validFrom, Optional<LocalDate> validTo, long threshold, int lowerRate,
        int upperRate, String source) {

    public WithholdingRate {
        if (validFrom == null || validTo == null) {
            throw new IllegalArgumentException("validity is required");
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
        if (threshold <= 0 || lowerRate < 0 || upperRate < lowerRate || upperRate > 10_000) {
            throw new IllegalArgumentException("rates are hundredths of a percent, 0..10000, upper ≥ lower");
        }
    }

    public boolean appliesOn(LocalDate paymentDate) {
        return !paymentDate.isBefore(validFrom) && validTo.map(to -> !paymentDate.isAfter(to)).orElse(true);
    }
}
