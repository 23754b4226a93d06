package jp.hataraku.billing;

import jp.hataraku.shared.InvoiceTax;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of an issued invoice: what, when it was done (transaction date), quantity × unit price
 * = amount in yen before tax, and the tax rate; reduced-rate lines are marked (※). A return
 * invoice's line names the original line it refunds.
 */
public record InvoiceLine(int lineNo, String description, LocalDate transactionDate, long quantity, BillingUnit unit,
        long unitPrice, long amount, int taxRate, Optional<Long> billableLineId,
        Optional<Integer> originalLineNo) {

    public boolean reduced() {
        return taxRate == InvoiceTax.REDUCED_RATE;
    }

    public InvoiceTax.Line toTaxLine() {
        return new InvoiceTax.Line(description, amount, taxRate);
    }
}
