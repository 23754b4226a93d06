package jp.hataraku.payouts;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import jp.hataraku.workers.WorkKind;

/**
 * What other parts of the application may read of workers' pay: confirmed pay periods, each
 * worker's payout in one, and what was paid in a calendar year (the annual payment record and the
 * council reports read this). Only confirmed, locked periods are answered: a period under review
 * is not a fact yet.
 */
public interface Payouts {

    /** A contractor's confirmed pay periods, newest first. */
    List<PayPeriodSummary> confirmedPeriods(long contractorId);

    /** One pay period, confirmed or not. */
    Optional<PayPeriodSummary> period(long periodId);

    /** Each worker's payout in a confirmed period, by worker id; empty for a period not confirmed. */
    List<WorkerPayout> payoutsOf(long periodId);

    /**
     * Per worker and work kind, the rewards a contractor paid in a calendar year (by payment date)
     * and the tax withheld on them, from confirmed periods.
     */
    List<AnnualPayment> paidIn(long contractorId, Year year);

    // Aggregates for the council report (never a worker's name or id). A town filter means the
    // residents of that municipality (the municipality recorded on each payout or reward line); a
    // contractor filter means that contractor's payouts. Empty filters mean every town, every contractor.

    /**
     * What the confirmed payouts paid from {@code from} to {@code to} (by payment date, inclusive)
     * add up to: how many payouts, how many distinct workers, gross, consumption tax, withholding and
     * net (yen), and how many were paid on or before their earliest legal deadline.
     */
    PaidTotals paidTotals(LocalDate from, LocalDate to, Optional<Long> municipalityId, Optional<Long> contractorId);

    record PaidTotals(long payouts, long workers, long gross, long consumptionTax, long withholding, long net,
            long onTime) {
    }

    /**
     * The spread of the monthly reward per worker: each worker's confirmed gross of one pay month
     * (summed over contractors), over the payouts paid from {@code from} to {@code to}; quartiles by
     * nearest rank (the smallest value with at least that share of the values at or below it,
     * PostgreSQL {@code percentile_disc}). All zero when {@code workerMonths} is zero.
     */
    RewardSpread monthlyRewardSpread(LocalDate from, LocalDate to, Optional<Long> municipalityId,
            Optional<Long> contractorId);

    record RewardSpread(long workerMonths, long workers, long firstQuartile, long median, long thirdQuartile) {
    }

    /**
     * Per month from {@code from} to {@code to} (every month present, zero when none), the distinct
     * workers with a reward line for approved work (task or time, not adjustments) approved in it.
     */
    SortedMap<YearMonth, Long> activeWorkersByMonth(LocalDate from, LocalDate to, Optional<Long> municipalityId,
            Optional<Long> contractorId);

    /**
     * The rewards (yen, before consumption tax) of work approved from {@code from} to {@code to}
     * (task and time lines, not adjustments), by work kind, for the given contractors (empty
     * optional: every contractor). Kinds without rewards are absent.
     */
    Map<WorkKind, Long> approvedRewardsByKind(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds);
}
