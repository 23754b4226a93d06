package jp.hataraku.clients.internal;

/** Consumption tax rates a quote line may carry: standard 10 %, reduced 8 % (RULES-JP §3). */
enum TaxRate {
    STANDARD(10),
    REDUCED(8);

    private final int percent;

    TaxRate(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    static TaxRate ofPercent(int percent) {
        for (TaxRate r : values()) {
            if (r.percent == percent) {
                return r;
            }
        }
        throw new IllegalArgumentException("no tax rate of " + percent + "%");
    }
}
