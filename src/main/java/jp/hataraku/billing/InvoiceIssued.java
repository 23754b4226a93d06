package jp.hataraku.billing;

import java.time.LocalDate;

/**
 * An invoice (a first one, a return or a reissue) was issued. Published in the issuing transaction.
 */
public record InvoiceIssued(long invoiceId, long contractorId, long clientId, LocalDate issuedOn) {
}
