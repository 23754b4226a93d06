package jp.hataraku.payouts;

import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;

/**
 * What one worker was paid for one work kind in a calendar year, and the tax withheld on it.
 * {@code subject} is whether the closing treated the kind as subject to withholding (the
 * contractor's flag at the time): a kind whose flag changed during the year answers two rows.
 */
public record AnnualPayment(long workerId, WorkKind kind, boolean subject, Yen paid, Yen withheld) {
}
