package jp.hataraku.quality;

import java.util.Objects;

/**
 * A single sampling plan for one lot: inspect {@code sampleSize} items, accept the lot with at
 * most {@code acceptNumber} (Ac) defective, reject it with {@code rejectNumber} (Re) or more.
 *
 * @param lotSize       items in the lot
 * @param aql           the acceptance quality limit the plan was chosen for
 * @param lotCodeLetter the code letter table 1 gives for the lot size
 * @param codeLetter    the code letter of the plan used; differs from {@code lotCodeLetter} when
 *                      table 2-A has an arrow for it, and its sample size is the one that applies
 * @param sampleSize    items to inspect: the plan's sample size, or the whole lot when that is
 *                      smaller
 * @param acceptNumber  Ac
 * @param rejectNumber  Re (Ac + 1 in single sampling)
 * @param inspectAll    true when the plan's sample size is at least the lot size: the standard
 *                      then says to inspect every item (100 % inspection) with the same Ac/Re
 */
public record SamplingPlan(int lotSize, Aql aql, CodeLetter lotCodeLetter, CodeLetter codeLetter, int sampleSize,
        int acceptNumber, int rejectNumber, boolean inspectAll) {

    public SamplingPlan {
        Objects.requireNonNull(aql);
        Objects.requireNonNull(lotCodeLetter);
        Objects.requireNonNull(codeLetter);
        if (lotSize < 1 || sampleSize != Math.min(codeLetter.sampleSize(), lotSize) || acceptNumber < 0
                || rejectNumber != acceptNumber + 1 || inspectAll != (codeLetter.sampleSize() >= lotSize)) {
            throw new IllegalArgumentException("not a single sampling plan");
        }
    }

    /** Accept with at most Ac defective items in the sample, reject with Re or more. */
    public LotDecision decide(int defectsFound) {
        if (defectsFound < 0 || defectsFound > sampleSize) {
            throw new IllegalArgumentException("defects found must be 0.." + sampleSize + ", not " + defectsFound);
        }
        return defectsFound <= acceptNumber ? LotDecision.ACCEPT : LotDecision.REJECT;
    }
}
