package jp.hataraku.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import jp.hataraku.quality.internal.SingleSamplingNormal;

/**
 * Sampling a lot of finished tasks for review by ISO 2859-1: single sampling, normal inspection,
 * general inspection level II — the standard's default, and the plan a client's AQL clause
 * usually means. Tightened/reduced inspection and the switching rules are not modelled.
 */
public final class AcceptanceSampling {

    // Table 1, general inspection level II: the upper bound of each lot size range and its letter.
    // Same source as SingleSamplingNormal; also in GOST R ISO 2859-1 table A.1 and AQLSchemes.
    private static final int[] LOT_SIZE_UPPER_BOUNDS =
            {8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10000, 35000, 150000, 500000};
    private static final CodeLetter[] LEVEL_II = {CodeLetter.A, CodeLetter.B, CodeLetter.C, CodeLetter.D,
        CodeLetter.E, CodeLetter.F, CodeLetter.G, CodeLetter.H, CodeLetter.J, CodeLetter.K, CodeLetter.L, CodeLetter.M,
        CodeLetter.N, CodeLetter.P, CodeLetter.Q};

    private AcceptanceSampling() {
    }

    /**
     * The code letter table 1 gives at general inspection level II. The table starts at a lot of 2;
     * a lot of 1 gets A too, and every plan then inspects it whole.
     */
    public static CodeLetter codeLetter(int lotSize) {
        if (lotSize < 1) {
            throw new IllegalArgumentException("lot size must be at least 1, not " + lotSize);
        }
        for (int i = 0; i < LOT_SIZE_UPPER_BOUNDS.length; i++) {
            if (lotSize <= LOT_SIZE_UPPER_BOUNDS[i]) {
                return LEVEL_II[i];
            }
        }
        return CodeLetter.Q;
    }

    /**
     * The plan for a lot: code letter from table 1, Ac/Re from table 2-A with its arrows followed
     * (an arrow changes the sample size to that of the row it leads to), and 100 % inspection when
     * that sample size reaches the lot size.
     */
    public static SamplingPlan plan(int lotSize, Aql aql) {
        CodeLetter lotLetter = codeLetter(lotSize);
        SingleSamplingNormal.Cell cell = SingleSamplingNormal.cell(lotLetter, aql);
        int planSize = cell.codeLetter().sampleSize();
        boolean inspectAll = planSize >= lotSize;
        return new SamplingPlan(lotSize, aql, lotLetter, cell.codeLetter(), Math.min(planSize, lotSize),
                cell.acceptNumber(), cell.rejectNumber(), inspectAll);
    }

    /** The decision for a lot whose sample held {@code defectsFound} defective items. */
    public static LotDecision decide(SamplingPlan plan, int defectsFound) {
        return plan.decide(defectsFound);
    }

    /**
     * A random sample of {@code n} distinct items, the same for the same items and seed whatever
     * order the items come in (they are sorted first, duplicates dropped), so a sample can be
     * drawn again and shown to the client to prove it was not hand-picked. All items when there
     * are no more than {@code n}. The result is in ascending order.
     *
     * <p>A partial Fisher–Yates shuffle driven by {@link java.util.Random}, whose algorithm the
     * Java specification fixes, so the sample does not change with the JVM.
     */
    public static List<Long> choose(List<Long> itemIds, int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size must not be negative: " + n);
        }
        List<Long> items = new ArrayList<>(new TreeSet<>(itemIds));
        int size = Math.min(n, items.size());
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(items.size() - i);
            Long picked = items.get(j);
            items.set(j, items.get(i));
            items.set(i, picked);
        }
        return items.subList(0, size).stream().sorted().toList();
    }
}
