package jp.hataraku.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * Small-cell suppression for open data, so that no resident of a small town can be identified:
 * a count from 1 to {@code threshold − 1} is masked (zero says nobody and is shown). When a group's
 * total is published and exactly one cell of it is masked, that cell could be worked out by
 * subtraction, so the smallest other non-zero cell is masked too (secondary suppression).
 */
public final class SmallCellSuppression {

    /** The town's rule: counts below 3 are masked. */
    public static final int THRESHOLD = 3;

    private final int threshold;

    public SmallCellSuppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        this.threshold = threshold;
    }

    public static SmallCellSuppression standard() {
        return new SmallCellSuppression(THRESHOLD);
    }

    /** Whether a single count must be masked. */
    public boolean masks(long count) {
        return count > 0 && count < threshold;
    }

    /**
     * The cells of one group (e.g. one row whose total is published) with the masked ones empty.
     * Negative counts are refused.
     */
    public List<OptionalLong> suppress(List<Long> counts) {
        counts.forEach(c -> {
            if (c < 0) {
                throw new IllegalArgumentException("a count cannot be negative");
            }
        });
        boolean[] masked = new boolean[counts.size()];
        int maskedCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (masks(counts.get(i))) {
                masked[i] = true;
                maskedCount++;
            }
        }
        if (maskedCount == 1) {
            IntStream.range(0, counts.size())
                    .filter(i -> !masked[i] && counts.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparingLong(counts::get))
                    .ifPresent(i -> masked[i] = true);
        }
        List<OptionalLong> out = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            out.add(masked[i] ? OptionalLong.empty() : OptionalLong.of(counts.get(i)));
        }
        return out;
    }

    /** A total is masked only when it is itself small. */
    public OptionalLong total(long total) {
        return masks(total) ? OptionalLong.empty() : OptionalLong.of(total);
    }
}
