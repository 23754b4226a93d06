package jp.hataraku.billing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.billing.Invoices.ManualLine;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.Parsed;
import jp.hataraku.shared.Yen;

/** Form objects of the billing pages: every field as typed, read into values with field errors. */
final class BillingForms {

    static final int MANUAL_ROWS = 3;

    private BillingForms() {
    }

    /** One typed line: description, amount (yen, as typed) and tax rate; a blank row is skipped. */
    public static class LineRow {
        private String description = "";
        private String amount = "";
        private String taxRate = "10";
        private String transactionDate = "";
        private Integer lineNo;

        public LineRow() {
        }

        LineRow(String description, String amount, String taxRate, String transactionDate) {
            this.description = description;
            this.amount = amount;
            this.taxRate = taxRate;
            this.transactionDate = transactionDate;
        }

        boolean blank() {
            return (description == null || description.isBlank()) && (amount == null || amount.isBlank());
        }

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getTaxRate() { return taxRate; }
        public void setTaxRate(String v) { taxRate = v; }
        public String getTransactionDate() { return transactionDate; }
        public void setTransactionDate(String v) { transactionDate = v; }
        public Integer getLineNo() { return lineNo; }
        public void setLineNo(Integer v) { lineNo = v; }
    }

    public static class IssueForm {
        private Long clientId;
        private String issuedOn = "";
        private List<Long> lineIds = new ArrayList<>();
        private List<LineRow> manual = new ArrayList<>();

        public Long getClientId() { return clientId; }
        public void setClientId(Long v) { clientId = v; }
        public String getIssuedOn() { return issuedOn; }
        public void setIssuedOn(String v) { issuedOn = v; }
        public List<Long> getLineIds() { return lineIds; }
        public void setLineIds(List<Long> v) { lineIds = v == null ? new ArrayList<>() : v; }
        public List<LineRow> getManual() { return manual; }
        public void setManual(List<LineRow> v) { manual = v == null ? new ArrayList<>() : v; }

        void pad() {
            while (manual.size() < MANUAL_ROWS) {
                manual.add(new LineRow());
            }
        }
    }

    public static class ReissueForm {
        private String issuedOn = "";
        private String reason = "";
        private List<LineRow> lines = new ArrayList<>();

        public String getIssuedOn() { return issuedOn; }
        public void setIssuedOn(String v) { issuedOn = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public List<LineRow> getLines() { return lines; }
        public void setLines(List<LineRow> v) { lines = v == null ? new ArrayList<>() : v; }
    }

    /** Refund amounts per original line, by line number; blank means nothing refunded on that line. */
    public static class ReturnForm {
        private String issuedOn = "";
        private List<LineRow> lines = new ArrayList<>();

        public String getIssuedOn() { return issuedOn; }
        public void setIssuedOn(String v) { issuedOn = v; }
        public List<LineRow> getLines() { return lines; }
        public void setLines(List<LineRow> v) { lines = v == null ? new ArrayList<>() : v; }
    }

    public static class PaymentForm {
        private String receivedOn = "";
        private String amount = "";
        private String note = "";

        public String getReceivedOn() { return receivedOn; }
        public void setReceivedOn(String v) { receivedOn = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    static Optional<LocalDate> date(String text, String field, List<FieldError> errors) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "billing.error.date", List.of()));
            return Optional.empty();
        }
    }

    static Optional<Long> yen(String text, String field, List<FieldError> errors) {
        Parsed<Yen> parsed = Yen.parse(text == null ? "" : text);
        if (!parsed.isValid()) {
            errors.add(FieldError.of(field, parsed));
            return Optional.empty();
        }
        return Optional.of(parsed.get().amount());
    }

    /**
     * The non-blank rows as lines, checked as the service would check them (description, a positive
     * amount, a rate of 0, 8 or 10) so that each problem is named by its row: {@code prefix[i].field}.
     */
    static List<ManualLine> lines(List<LineRow> rows, String prefix, LocalDate defaultDate, List<FieldError> errors) {
        List<ManualLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LineRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String at = prefix + "[" + i + "].";
            int before = errors.size();
            if (row.getDescription() == null || row.getDescription().isBlank()) {
                errors.add(new FieldError(at + "description", "billing.error.description", List.of()));
            }
            Optional<Long> amount = yen(row.getAmount(), at + "amount", errors);
            if (amount.isPresent() && (amount.get() <= 0 || amount.get() > InvoiceService.MAX_AMOUNT)) {
                errors.add(new FieldError(at + "amount", "billing.error.amount", List.of()));
            }
            int rate;
            try {
                rate = Integer.parseInt(row.getTaxRate() == null ? "" : row.getTaxRate().strip());
            } catch (NumberFormatException e) {
                rate = -1;
            }
            if (!jp.hataraku.shared.InvoiceTax.isRate(rate)) {
                errors.add(new FieldError(at + "taxRate", "billing.error.taxRate", List.of()));
            }
            LocalDate on = defaultDate;
            if (row.getTransactionDate() != null && !row.getTransactionDate().isBlank()) {
                on = date(row.getTransactionDate(), at + "transactionDate", errors).orElse(defaultDate);
            }
            if (errors.size() == before) {
                lines.add(new ManualLine(row.getDescription().strip(), amount.get(), rate, on));
            }
        }
        return lines;
    }
}
