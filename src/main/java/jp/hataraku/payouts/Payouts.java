package jp.hataraku.payouts;

import java.time.Year;
import java.util.List;
import java.util.Optional;

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
}
