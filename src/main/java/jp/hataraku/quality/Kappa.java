package jp.hataraku.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Chance-corrected agreement between raters on a categorical field (a choice): κ = (pₒ − pₑ) /
 * (1 − pₑ), where pₒ is the observed agreement and pₑ the agreement expected by chance from how
 * often each rater uses each category. 1 is perfect agreement, 0 what chance alone gives,
 * negative worse than chance.
 *
 * <p>Degenerate case, decided here once: when pₑ = 1 (every rating in one and the same category)
 * the formula is 0/0. Then pₒ is necessarily 1 too, and κ is defined as 1: the raters never
 * disagreed, and a report should not show a warning colour for a field on which nobody ever
 * differed. {@link #degenerate()} tells such a value apart for a reader who cares.
 *
 * @param value      κ
 * @param observed   pₒ (Fleiss: P̄)
 * @param expected   pₑ (Fleiss: P̄ₑ)
 * @param items      how many items were rated
 * @param degenerate true when pₑ = 1 and κ is 1 by the definition above
 */
public record Kappa(double value, double observed, double expected, int items, boolean degenerate) {

    /**
     * Cohen's κ for two raters, from their ratings of the same items in the same order (a missing
     * rating is the empty category). Throws when the lists differ in length or are empty.
     */
    public static Kappa cohen(List<String> first, List<String> second) {
        if (first.size() != second.size() || first.isEmpty()) {
            throw new IllegalArgumentException("two raters need the same items, at least one");
        }
        List<String> categories = categories(first, second);
        long[][] table = new long[categories.size()][categories.size()];
        for (int i = 0; i < first.size(); i++) {
            table[categories.indexOf(nonNull(first.get(i)))][categories.indexOf(nonNull(second.get(i)))]++;
        }
        return cohen(table);
    }

    /**
     * Cohen's κ from a contingency table: {@code table[i][j]} items rated category i by the first
     * rater and j by the second.
     */
    public static Kappa cohen(long[][] table) {
        int k = table.length;
        long total = 0;
        long agreeing = 0;
        long[] rowSums = new long[k];
        long[] columnSums = new long[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("the table must be square");
            }
            for (int j = 0; j < k; j++) {
                long count = table[i][j];
                if (count < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                total += count;
                rowSums[i] += count;
                columnSums[j] += count;
                if (i == j) {
                    agreeing += count;
                }
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("no items rated");
        }
        double observed = (double) agreeing / total;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            expected += ((double) rowSums[i] / total) * ((double) columnSums[i] / total);
        }
        return of(observed, expected, Math.toIntExact(total), chanceIsCertain(rowSums, columnSums, total));
    }

    /**
     * Fleiss' κ for any number of raters (at least 2, the same number for every item), from
     * {@code counts[item][category]}: how many raters put the item in the category.
     */
    public static Kappa fleiss(int[][] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("no items rated");
        }
        int categories = counts[0].length;
        int raters = -1;
        double sumAgreement = 0;
        long[] perCategory = new long[categories];
        for (int[] item : counts) {
            if (item.length != categories) {
                throw new IllegalArgumentException("every item needs the same categories");
            }
            int ratings = 0;
            long pairs = 0;
            for (int c = 0; c < categories; c++) {
                if (item[c] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                ratings += item[c];
                perCategory[c] += item[c];
                pairs += (long) item[c] * (item[c] - 1);
            }
            if (raters == -1) {
                raters = ratings;
            } else if (ratings != raters) {
                throw new IllegalArgumentException("every item needs the same number of raters");
            }
            if (ratings < 2) {
                throw new IllegalArgumentException("Fleiss' kappa needs at least 2 raters per item");
            }
            sumAgreement += (double) pairs / ((long) ratings * (ratings - 1));
        }
        long totalRatings = (long) counts.length * raters;
        double expected = 0;
        int usedCategories = 0;
        for (long count : perCategory) {
            double share = (double) count / totalRatings;
            expected += share * share;
            usedCategories += count > 0 ? 1 : 0;
        }
        return of(sumAgreement / counts.length, expected, counts.length, usedCategories == 1);
    }

    /**
     * Fleiss' κ from the ratings of each item (one list per item, one rating per rater; the
     * raters need not be the same people, only the same number).
     */
    public static Kappa fleiss(List<List<String>> ratingsPerItem) {
        List<String> categories = categories(ratingsPerItem.stream().flatMap(Collection::stream).toList());
        int[][] counts = new int[ratingsPerItem.size()][categories.size()];
        for (int item = 0; item < ratingsPerItem.size(); item++) {
            for (String rating : ratingsPerItem.get(item)) {
                counts[item][categories.indexOf(nonNull(rating))]++;
            }
        }
        return fleiss(counts);
    }

    private static Kappa of(double observed, double expected, int items, boolean chanceIsCertain) {
        if (chanceIsCertain) {
            return new Kappa(1.0, 1.0, 1.0, items, true);
        }
        // Rounding can push a ratio of equal counts a hair past 1: κ is at most 1 by definition.
        double kappa = Math.min(1.0, (observed - expected) / (1 - expected));
        return new Kappa(kappa, observed, expected, items, false);
    }

    // pₑ = 1 exactly when both raters put every item in the same single category; decided on the
    // counts, not on a floating-point pₑ that may come out as 0.9999999.
    private static boolean chanceIsCertain(long[] rowSums, long[] columnSums, long total) {
        for (int i = 0; i < rowSums.length; i++) {
            if (rowSums[i] == total && columnSums[i] == total) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static List<String> categories(List<String>... ratings) {
        TreeSet<String> all = new TreeSet<>();
        for (List<String> list : ratings) {
            list.forEach(r -> all.add(nonNull(r)));
        }
        return new ArrayList<>(all);
    }

    private static String nonNull(String rating) {
        return rating == null ? "" : rating;
    }

    /** κ with two decimals ("0.40"), as reports print it. */
    public String format() {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
