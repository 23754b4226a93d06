package jp.hataraku.jobs;

/**
 * What a worker earns on a job, as data for the pay module: yen per approved unit, per approved
 * hour, or a fixed amount for the whole assignment. Integer yen only.
 */
public record RewardRule(PriceModel model, long yen) {

    /**
     * The effective hourly reward in whole yen: a per-hour rule pays its rate; a per-unit or fixed
     * (per assigned task) rule pays {@code yen} per median unit time ({@link UnitTime#effectiveHourly});
     * empty before any unit was approved.
     */
    public java.util.Optional<Long> effectiveHourly(java.util.Optional<UnitTime> unitTime) {
        return model == PriceModel.PER_HOUR ? java.util.Optional.of(yen) : unitTime.map(t -> t.effectiveHourly(yen));
    }

    public RewardRule {
        if (model == null) {
            throw new IllegalArgumentException("reward model is required");
        }
        if (yen < 0) {
            throw new IllegalArgumentException("reward cannot be negative");
        }
    }
}
