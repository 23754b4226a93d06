package jp.hataraku.billing;

import java.time.LocalDate;

/**
 * A billable line was recorded for a client (once per source). Published in the recording transaction.
 */
public record BillableRecorded(long contractorId, long clientId, LocalDate workDate) {
}
