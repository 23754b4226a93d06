package jp.hataraku.billing;

import jp.hataraku.shared.InvoiceTax;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.shared.FiscalYear;

/**
 * An issued qualified invoice (適格請求書) as it was issued, never changed: issuer and its
 * registration number, recipient, dates, lines and totals by rate. A return invoice has negative
 * amounts and names its original; a reissued invoice names the one it replaces, and the replaced
 * one carries {@code supersededBy}.
 */
public record Invoice(long id, long contractorId, long clientId, Optional<Long> jobId, FiscalYear fiscalYear,
        int number, InvoiceKind kind, Optional<Long> originalInvoiceId, Optional<Long> replacesInvoiceId,
        LocalDate issuedOn, LocalDate transactionFrom, LocalDate transactionTo, LocalDate dueOn, String issuerName,
        String issuerAddress, String registrationNumber, String recipientName, InvoiceTax.Rounding rounding,
        List<InvoiceLine> lines, List<InvoiceTax.RateTotal> byRate, long totalAmount, long totalTax, long total,
        Optional<Long> supersededBy) {

    public Invoice {
        lines = List.copyOf(lines);
        byRate = List.copyOf(byRate);
    }

    /** The invoice number as printed: fiscal year and the gap-free sequence, e.g. "2026-000042". */
    public String numberLabel() {
        return label(fiscalYear, number);
    }

    public static String label(FiscalYear fiscalYear, int number) {
        return "%d-%06d".formatted(fiscalYear.startYear(), number);
    }

    public boolean superseded() {
        return supersededBy.isPresent();
    }

    public boolean hasReduced() {
        return lines.stream().anyMatch(InvoiceLine::reduced);
    }

    /** Whether the transaction dates span more than one day (the invoice then shows the period). */
    public boolean period() {
        return !transactionFrom.equals(transactionTo);
    }
}
