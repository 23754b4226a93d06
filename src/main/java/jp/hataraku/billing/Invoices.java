package jp.hataraku.billing;

import jp.hataraku.shared.InvoiceTax;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.shared.Checked;

/**
 * The billing module's face. Issuing takes the next gap-free number of the contractor's fiscal year
 * in the same transaction; an issued invoice is never changed. Refusals a user can cause come back
 * as {@link Checked} errors with {@code billing.*} message codes (field {@code null} for the form
 * as a whole); every issue, return, reissue and payment is audited.
 */
public interface Invoices {

    /** A line staff type on an invoice (a manual line) or a corrected line of a reissue. */
    record ManualLine(String description, long amount, int taxRate, LocalDate transactionDate) {
    }

    /** Issue an invoice to {@code clientId} from some of its unbilled lines and manual lines. */
    record IssueRequest(long clientId, Optional<Long> jobId, List<Long> billableLineIds, List<ManualLine> manualLines,
            LocalDate issuedOn) {
        public IssueRequest {
            billableLineIds = List.copyOf(billableLineIds);
            manualLines = List.copyOf(manualLines);
            jobId = jobId == null ? Optional.empty() : jobId;
        }
    }

    Checked<Long> issue(IssueRequest request);

    /** An invoice for every unbilled line of a job. */
    Checked<Long> issueForJob(long jobId, LocalDate issuedOn);

    /** An invoice for the client's unbilled lines of one month (by work date). */
    Checked<Long> issueForMonth(long clientId, YearMonth month, LocalDate issuedOn);

    /**
     * A return invoice (返還インボイス) against {@code originalId}: each line refunds the given
     * positive amount of the original line {@code lineNo} (negative amounts on the return invoice).
     */
    Checked<Long> issueReturn(long originalId, List<ReturnLine> lines, LocalDate issuedOn);

    record ReturnLine(int lineNo, long amount) {
    }

    /**
     * Cancel and reissue: a new invoice with the corrected lines under a new number; the old one
     * is marked superseded by it, never edited.
     */
    Checked<Long> reissue(long invoiceId, List<ManualLine> lines, LocalDate issuedOn, String reason);

    /** A payment received (partial payments allowed; more than the outstanding balance is refused). */
    Checked<Long> recordPayment(long invoiceId, LocalDate receivedOn, long amount, String note);

    Optional<Invoice> find(long invoiceId);

    List<Invoice> listForClient(long clientId);

    List<Payment> payments(long invoiceId);

    /** What is owed on an invoice (not for return invoices). */
    Optional<Receivable> receivable(long invoiceId);

    /** Every invoice with its balance, newest first. */
    List<Receivable> receivables();

    /** Invoices with money owing after their due date, longest overdue first. */
    List<Receivable> overdue(LocalDate today);

    /** Lines not yet on an invoice, by client and work date. */
    List<BillableLine> unbilled();

    List<BillableLine> unbilledForClient(long clientId);

    /** The contractor's rounding of the per-rate tax (DOWN unless set). */
    InvoiceTax.Rounding rounding(long contractorId);

    void setRounding(long contractorId, InvoiceTax.Rounding rounding);

    /**
     * The order amounts for the council report (aggregates only): the billable work recorded from
     * {@code from} to {@code to} by work date (accepted deliveries, fixed-price jobs, approved time,
     * manual lines), yen before consumption tax, for the given contractors (empty optional: every
     * contractor). By client id and by job id; lines without a job are summed apart.
     */
    OrderAmounts orderAmounts(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds);

    /** Order amounts: the total, by client id, by job id, and the lines without a job. */
    record OrderAmounts(long total, Map<Long, Long> byClient, Map<Long, Long> byJob, long withoutJob) {
        public OrderAmounts {
            byClient = Map.copyOf(byClient);
            byJob = Map.copyOf(byJob);
        }

        public static OrderAmounts none() {
            return new OrderAmounts(0, Map.of(), Map.of(), 0);
        }
    }
}
