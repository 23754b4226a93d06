package jp.hataraku.payouts.internal.terms;

import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.UnitTime;
import jp.hataraku.organization.MinimumWage;

/**
 * A job's effective hourly reward beside the minimum wage of its towns: per-hour jobs pay their
 * rate; per-unit and fixed (per assigned task) jobs pay the reward × 60 ÷ median minutes per unit,
 * cut off to the yen. Below the highest minimum wage of the towns the job's contractor serves is
 * flagged: the worker earns less than an employee may be paid there.
 */
record EffectiveRewards(JobSummary job, Optional<UnitTime> unitTime, Optional<Long> effectiveHourly,
        List<MinimumWage> minimumWages) {

    static EffectiveRewards of(JobSummary job, Optional<UnitTime> unitTime, List<MinimumWage> minimumWages) {
        return new EffectiveRewards(job, unitTime, job.details().reward().effectiveHourly(unitTime),
                List.copyOf(minimumWages));
    }

    /** The highest minimum wage among the job's towns, if any is recorded. */
    public Optional<Long> minimumWage() {
        return minimumWages.stream().map(MinimumWage::yenPerHour).max(Long::compare);
    }

    /** Known to pay less per hour than the minimum wage of one of its towns. */
    public boolean belowMinimumWage() {
        return effectiveHourly.isPresent() && minimumWage().filter(m -> effectiveHourly.get() < m).isPresent();
    }

}
