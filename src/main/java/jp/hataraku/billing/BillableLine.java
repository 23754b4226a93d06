package jp.hataraku.billing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Work a client owes for, not yet or already on an invoice. Recorded once per source: an accepted
 * delivery (per-unit jobs), the job itself (fixed price), an approved time log (per-hour jobs), or
 * typed by staff.
 */
public record BillableLine(long id, long contractorId, long clientId, Optional<Long> jobId, Source source,
        Optional<Long> sourceId, String description, long quantity, BillingUnit unit, long unitPrice, long amount,
        int taxRate, LocalDate workDate, Optional<Long> invoiceId) {

    public enum Source { DELIVERY, JOB_FIXED, TIME, MANUAL }

    public boolean billed() {
        return invoiceId.isPresent();
    }
}
