package jp.hataraku.billing;

import java.time.LocalDate;

/**
 * What a client still owes on one invoice: its total, less the return invoices issued against it
 * (their totals are negative) and the payments received. A superseded invoice owes nothing: its
 * reissue does.
 */
public record Receivable(long invoiceId, String numberLabel, long contractorId, long clientId, String recipientName,
        LocalDate issuedOn, LocalDate dueOn, long total, long returned, long paid, long outstanding,
        boolean superseded) {

    public boolean overdueOn(LocalDate today) {
        return outstanding > 0 && today.isAfter(dueOn);
    }

    public long daysOverdue(LocalDate today) {
        return overdueOn(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public boolean settled() {
        return outstanding <= 0;
    }
}
