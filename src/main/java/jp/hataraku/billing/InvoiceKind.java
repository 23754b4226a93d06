package jp.hataraku.billing;

/** An invoice to a client, or a return invoice (返還インボイス) refunding part of one with negative amounts. */
public enum InvoiceKind { INVOICE, RETURN }
