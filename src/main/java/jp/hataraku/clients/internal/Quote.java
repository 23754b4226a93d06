package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.List;

/** A priced proposal to a client, valid until a date. */
record Quote(long id, long contractorId, long clientId, String title, LocalDate issuedOn, LocalDate validUntil,
        List<QuoteLine> lines) {

    public QuoteTotals totals() {
        return QuoteTotals.of(lines);
    }
}
