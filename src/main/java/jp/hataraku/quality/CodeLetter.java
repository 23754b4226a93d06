package jp.hataraku.quality;

/**
 * ISO 2859-1 sample size code letters with the sample size of each (table 2-A). There is no I or
 * O: the standard skips them to avoid confusion with 1 and 0.
 */
public enum CodeLetter {
    A(2), B(3), C(5), D(8), E(13), F(20), G(32), H(50), J(80), K(125), L(200), M(315), N(500), P(800),
    Q(1250), R(2000);

    private final int sampleSize;

    CodeLetter(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    public int sampleSize() {
        return sampleSize;
    }
}
