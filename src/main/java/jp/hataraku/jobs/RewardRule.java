package jp.hataraku.jobs;

/**
 * What a worker earns on a job, as data for the pay module: yen per approved unit, per approved
 * hour, or a fixed amount for the whole assignment. Integer yen only.
 */
public record RewardRule(PriceModel model, long yen) {

    public RewardRule {
        if (model == null) {
            throw new IllegalArgumentException("reward model is required");
        }
        if (yen < 0) {
            throw new IllegalArgumentException("reward cannot be negative");
        }
    }
}
