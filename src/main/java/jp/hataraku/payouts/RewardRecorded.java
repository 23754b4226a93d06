package jp.hataraku.payouts;

import java.time.LocalDate;

/**
 * A reward line was added to the ledger (approved work, or an adjustment typed by staff). Published
 * in the recording transaction, once per new line (a repeated approval records nothing).
 */
public record RewardRecorded(long contractorId, long municipalityId, long workerId, LocalDate approvedOn) {
}
