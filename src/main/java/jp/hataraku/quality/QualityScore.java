package jp.hataraku.quality;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker's quality in one work kind, 0 to 100, which decides whether they may claim tasks whose
 * job asks for a minimum score.
 *
 * <p>The weighting: a weighted mean of the components that have enough evidence, with
 * <ul>
 * <li>gold accuracy (gold tasks correct / scored), weight {@value #GOLD_WEIGHT}, from at least
 * {@value #MIN_GOLD_TASKS} gold tasks: the most direct evidence, answers known in advance;</li>
 * <li>review pass rate (1 − tasks returned / reviewed), weight {@value #REVIEW_WEIGHT}, from at least
 * {@value #MIN_REVIEWED_TASKS} reviewed tasks: a director's judgment, but on a sample;</li>
 * <li>double-entry agreement (fields agreed / compared), weight {@value #AGREEMENT_WEIGHT}, from at
 * least {@value #MIN_FIELDS_COMPARED} fields: weakest, since a disagreement counts against both
 * workers whoever made the mistake.</li>
 * </ul>
 * The weights of the components present are rescaled to sum to 1. The result is rounded down, so
 * a worker meets a threshold only when the evidence fully reaches it.
 *
 * <p>Minimum evidence: a component with fewer observations than its minimum is left out, because
 * two or three tasks say more about luck than about skill. With no component left (a new worker,
 * or a new work kind) the score is the neutral {@value #NEUTRAL}, marked {@link #provisional()}:
 * high enough to claim from jobs at the usual threshold of 80, so a newcomer can earn the evidence
 * that then replaces it.
 */
public record QualityScore(int value, boolean provisional) {

    public static final int NEUTRAL = 80;
    public static final int GOLD_WEIGHT = 50;
    public static final int REVIEW_WEIGHT = 30;
    public static final int AGREEMENT_WEIGHT = 20;
    public static final int MIN_GOLD_TASKS = 5;
    public static final int MIN_REVIEWED_TASKS = 5;
    public static final int MIN_FIELDS_COMPARED = 20;

    public QualityScore {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("a quality score is 0..100, not " + value);
        }
    }

    public static QualityScore of(QualityEvidence evidence) {
        List<long[]> components = new ArrayList<>(3);
        addIfEnough(components, evidence.goldCorrect(), MIN_GOLD_TASKS, GOLD_WEIGHT);
        addIfEnough(components, evidence.tasksReturned().complement(), MIN_REVIEWED_TASKS, REVIEW_WEIGHT);
        addIfEnough(components, evidence.fieldsAgreed(), MIN_FIELDS_COMPARED, AGREEMENT_WEIGHT);
        if (components.isEmpty()) {
            return new QualityScore(NEUTRAL, true);
        }
        return new QualityScore(weightedPercent(components), false);
    }

    private static void addIfEnough(List<long[]> components, Rate rate, int minimum, int weight) {
        if (rate.whole() >= minimum) {
            components.add(new long[] {rate.part(), rate.whole(), weight});
        }
    }

    // floor(100 · Σ wᵢ·partᵢ/wholeᵢ / Σ wᵢ), in exact integers: a double would turn 29/100 into 28.999… and floor it to 28.
    private static int weightedPercent(List<long[]> components) {
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        long weights = 0;
        for (long[] c : components) {
            BigInteger part = BigInteger.valueOf(c[0]);
            BigInteger whole = BigInteger.valueOf(c[1]);
            BigInteger weight = BigInteger.valueOf(c[2]);
            numerator = numerator.multiply(whole).add(weight.multiply(part).multiply(denominator));
            denominator = denominator.multiply(whole);
            weights += c[2];
        }
        return numerator.multiply(BigInteger.valueOf(100))
                .divide(denominator.multiply(BigInteger.valueOf(weights))).intValueExact();
    }

    /** Whether the score reaches the threshold (0..100) a job sets for claiming its tasks. */
    public boolean meets(int threshold) {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("a threshold is 0..100, not " + threshold);
        }
        return value >= threshold;
    }
}
