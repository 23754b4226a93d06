package jp.hataraku.payouts;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.hataraku.shared.Yen;

/**
 * A contractor's pay period (one calendar month of approved work) and its state.
 * {@code paymentDate} is the scheduled transfer date, already a bank business day.
 */
public record PayPeriodSummary(long id, long contractorId, YearMonth month, PeriodStatus status,
        LocalDate paymentDate, int workerCount, Yen totalGross, Yen totalWithholding, Yen totalNet) {
}
