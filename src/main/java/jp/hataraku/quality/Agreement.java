package jp.hataraku.quality;

/** How the N results of one item agree on one field. */
public enum Agreement {
    /** All N results are the same answer. */
    UNANIMOUS,
    /** N ≥ 3 and more than half of them are the same answer; the others are outvoted. */
    MAJORITY,
    /** No strict majority (always so when N = 2 and the two differ): a director adjudicates. */
    DISAGREEMENT;

    public boolean agrees() {
        return this != DISAGREEMENT;
    }
}
