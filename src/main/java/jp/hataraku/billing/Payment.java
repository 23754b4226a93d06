package jp.hataraku.billing;

import java.time.LocalDate;

/** Money received from a client against an invoice (a partial payment is one of several). */
public record Payment(long id, long invoiceId, LocalDate receivedOn, long amount, String note) {
}
