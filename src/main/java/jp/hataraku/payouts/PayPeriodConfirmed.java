package jp.hataraku.payouts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A contractor's pay period was confirmed: its payouts are final. Published in the confirming
 * transaction (reports refresh the money figures).
 */
public record PayPeriodConfirmed(long periodId, long contractorId, YearMonth month, LocalDate paymentDate) {
}
