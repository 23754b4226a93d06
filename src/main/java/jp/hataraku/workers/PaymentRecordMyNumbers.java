package jp.hataraku.workers;

import java.util.Collection;
import java.util.Map;

/**
 * My Numbers for the annual payment record (支払調書, RULES-JP §5, §6) — the only use the platform
 * makes of them. Only the payouts module's annual export calls this, after checking the back-office
 * role. Every number read writes an audit entry naming whose number was read and why.
 */
public interface PaymentRecordMyNumbers {

    /** False when the contractor keeps no My Numbers here (the default): the export leaves them blank. */
    boolean stored();

    /**
     * The My Number (12 digits) of each worker who has one on file, each read audited with
     * {@code purpose}; empty when storage is off. Workers without a number are absent.
     */
    Map<Long, String> forPaymentRecord(Collection<Long> workerIds, String purpose);
}
