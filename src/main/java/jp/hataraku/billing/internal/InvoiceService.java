package jp.hataraku.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.billing.BillableLine;
import jp.hataraku.billing.BillingUnit;
import jp.hataraku.billing.Invoice;
import jp.hataraku.billing.InvoiceDueDate;
import jp.hataraku.billing.InvoiceKind;
import jp.hataraku.billing.InvoiceLine;
import jp.hataraku.shared.InvoiceTax;
import jp.hataraku.billing.Invoices;
import jp.hataraku.billing.Payment;
import jp.hataraku.billing.Receivable;
import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues invoices, return invoices and reissues, and records payments; see {@link Invoices}. */
@Service
class InvoiceService implements Invoices {

    static final long MAX_AMOUNT = 1_000_000_000_000L;

    private final BillingRepository repository;
    private final Clients clients;
    private final Organizations organizations;
    private final Jobs jobs;
    private final Accounts accounts;
    private final Audit audit;
    private final BillingFigures billingFigures;

    InvoiceService(BillingRepository repository, Clients clients, Organizations organizations, Jobs jobs,
            Accounts accounts, Audit audit, BillingFigures billingFigures) {
        this.billingFigures = billingFigures;
        this.repository = repository;
        this.clients = clients;
        this.organizations = organizations;
        this.jobs = jobs;
        this.accounts = accounts;
        this.audit = audit;
    }

    private static <T> Checked<T> refuse(String field, String code) {
        return Checked.invalid(List.of(new FieldError(field, code, List.of())));
    }

    @Override
    @Transactional
    public Checked<Long> issue(IssueRequest request) {
        Optional<ClientSummary> client = clients.find(request.clientId());
        if (client.isEmpty()) {
            return refuse("clientId", "billing.error.noClient");
        }
        List<Long> ids = request.billableLineIds().stream().distinct().toList();
        List<BillableLine> billable = repository.lockUnbilled(ids);
        if (billable.size() != ids.size()
                || billable.stream().anyMatch(b -> b.clientId() != request.clientId())) {
            return refuse(null, "billing.error.alreadyBilled");
        }
        List<FieldError> errors = checkManual(request.manualLines(), "manualLines");
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (BillableLine b : billable) {
            lines.add(new InvoiceLine(lines.size() + 1, b.description(), b.workDate(), b.quantity(), b.unit(),
                    b.unitPrice(), b.amount(), b.taxRate(), Optional.of(b.id()), Optional.empty()));
        }
        for (ManualLine m : request.manualLines()) {
            lines.add(manual(lines.size() + 1, m, request.issuedOn()));
        }
        Checked<Long> issued = issueLines(client.get(), request.jobId(), InvoiceKind.INVOICE, null, null, lines,
                request.issuedOn(), InvoiceDueDate.of(request.issuedOn(), client.get().type()));
        issued.optional().ifPresent(id -> repository.markBilled(ids, id));
        return issued;
    }

    @Override
    @Transactional
    public Checked<Long> issueForJob(long jobId, LocalDate issuedOn) {
        Optional<JobSummary> job = jobs.find(jobId);
        if (job.isEmpty()) {
            return refuse("jobId", "billing.error.noJob");
        }
        List<Long> ids = repository.unbilledForJob(jobId).stream().map(BillableLine::id).toList();
        return issue(new IssueRequest(job.get().clientId(), Optional.of(jobId), ids, List.of(), issuedOn));
    }

    @Override
    @Transactional
    public Checked<Long> issueForMonth(long clientId, YearMonth month, LocalDate issuedOn) {
        List<Long> ids = repository.unbilledForClient(clientId).stream()
                .filter(b -> YearMonth.from(b.workDate()).equals(month)).map(BillableLine::id).toList();
        return issue(new IssueRequest(clientId, Optional.empty(), ids, List.of(), issuedOn));
    }

    @Override
    @Transactional
    public Checked<Long> issueReturn(long originalId, List<ReturnLine> returnLines, LocalDate issuedOn) {
        Optional<Invoice> found = repository.findForUpdate(originalId);
        if (found.isEmpty() || found.get().kind() != InvoiceKind.INVOICE) {
            return refuse(null, "billing.error.noInvoice");
        }
        Invoice original = found.get();
        if (original.superseded()) {
            return refuse(null, "billing.error.superseded");
        }
        Map<Integer, Long> refunded = repository.refundedByLine(originalId);
        List<InvoiceLine> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < returnLines.size(); i++) {
            ReturnLine r = returnLines.get(i);
            if (r.amount() == 0) {
                continue;
            }
            Optional<InvoiceLine> line = original.lines().stream().filter(l -> l.lineNo() == r.lineNo()).findFirst();
            long left = line.map(l -> l.amount() - refunded.getOrDefault(l.lineNo(), 0L)).orElse(0L);
            if (line.isEmpty() || r.amount() < 0 || r.amount() > left) {
                errors.add(new FieldError("lines[" + i + "].amount", "billing.error.returnAmount",
                        List.of(Long.toString(Math.max(0, left)))));
                continue;
            }
            InvoiceLine l = line.get();
            lines.add(new InvoiceLine(lines.size() + 1, l.description(), l.transactionDate(), 1, BillingUnit.ONE,
                    -r.amount(), -r.amount(), l.taxRate(), Optional.empty(), Optional.of(l.lineNo())));
        }
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        if (lines.isEmpty()) {
            return refuse(null, "billing.error.noLines");
        }
        ClientSummary client = clients.find(original.clientId()).orElseThrow();
        return issueLines(client, original.jobId(), InvoiceKind.RETURN, originalId, null, lines, issuedOn, issuedOn);
    }

    @Override
    @Transactional
    public Checked<Long> reissue(long invoiceId, List<ManualLine> corrected, LocalDate issuedOn, String reason) {
        Optional<Invoice> found = repository.findForUpdate(invoiceId);
        if (found.isEmpty() || found.get().kind() != InvoiceKind.INVOICE) {
            return refuse(null, "billing.error.noInvoice");
        }
        Invoice old = found.get();
        if (old.superseded()) {
            return refuse(null, "billing.error.superseded");
        }
        if (!repository.payments(invoiceId).isEmpty() || !repository.returnsOf(invoiceId).isEmpty()) {
            return refuse(null, "billing.error.reissueSettled");
        }
        if (reason == null || reason.isBlank()) {
            return refuse("reason", "billing.error.reasonRequired");
        }
        List<FieldError> errors = checkManual(corrected, "lines");
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (ManualLine m : corrected) {
            lines.add(manual(lines.size() + 1, m, issuedOn));
        }
        ClientSummary client = clients.find(old.clientId()).orElseThrow();
        Checked<Long> issued = issueLines(client, old.jobId(), InvoiceKind.INVOICE, null, invoiceId, lines, issuedOn,
                InvoiceDueDate.of(issuedOn, client.type()));
        issued.optional().ifPresent(id -> {
            repository.supersede(invoiceId, id, reason.strip());
            audit.change("billing.invoice.supersede", "invoice", invoiceId, null, Map.of("supersededBy", id,
                    "reason", reason.strip()));
        });
        return issued;
    }

    private static InvoiceLine manual(int lineNo, ManualLine m, LocalDate issuedOn) {
        LocalDate date = m.transactionDate() == null ? issuedOn : m.transactionDate();
        return new InvoiceLine(lineNo, m.description().strip(), date, 1, BillingUnit.ONE, m.amount(), m.amount(),
                m.taxRate(), Optional.empty(), Optional.empty());
    }

    /** Each manual line needs a description, a rate of 0, 8 or 10 and a positive amount within bounds. */
    static List<FieldError> checkManual(List<ManualLine> lines, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ManualLine m = lines.get(i);
            String at = prefix + "[" + i + "].";
            if (m.description() == null || m.description().isBlank()) {
                errors.add(new FieldError(at + "description", "billing.error.description", List.of()));
            }
            if (m.amount() <= 0 || m.amount() > MAX_AMOUNT) {
                errors.add(new FieldError(at + "amount", "billing.error.amount", List.of()));
            }
            if (!InvoiceTax.isRate(m.taxRate())) {
                errors.add(new FieldError(at + "taxRate", "billing.error.taxRate", List.of()));
            }
        }
        return errors;
    }

    /**
     * Takes the next number of the contractor's fiscal year and stores the invoice as issued. The
     * contractor must have a registration number: without it the document is no qualified invoice.
     */
    private Checked<Long> issueLines(ClientSummary client, Optional<Long> jobId, InvoiceKind kind, Long originalId,
            Long replacesId, List<InvoiceLine> lines, LocalDate issuedOn, LocalDate dueOn) {
        if (lines.isEmpty()) {
            return refuse(null, "billing.error.noLines");
        }
        if (issuedOn == null) {
            return refuse("issuedOn", "billing.error.issuedOn");
        }
        Optional<Contractor> contractor = organizations.contractor(client.contractorId());
        Optional<String> registration = contractor.flatMap(Contractor::registrationNumber).filter(r -> !r.isBlank());
        if (registration.isEmpty()) {
            return refuse(null, "billing.error.noRegistration");
        }
        InvoiceTax.Rounding rounding = repository.rounding(client.contractorId());
        InvoiceTax.Result totals = InvoiceTax.compute(lines.stream().map(InvoiceLine::toTaxLine).toList(), false,
                rounding);
        if (kind == InvoiceKind.INVOICE && totals.total() <= 0) {
            return refuse(null, "billing.error.notPositive");
        }
        LocalDate from = lines.stream().map(InvoiceLine::transactionDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = lines.stream().map(InvoiceLine::transactionDate).max(Comparator.naturalOrder()).orElseThrow();
        FiscalYear year = FiscalYear.of(issuedOn);
        int number = repository.nextNumber(client.contractorId(), year);
        Long by = accounts.current().map(CurrentUser::accountId).orElse(null);
        long id = repository.insertInvoice(new BillingRepository.NewInvoice(client.contractorId(), client.id(),
                jobId.orElse(null), year, number, kind, originalId, replacesId, issuedOn, from, to, dueOn,
                contractor.get().legalName(), contractor.get().address(), registration.get(), client.name(), rounding,
                totals, by), lines);
        audit.change(kind == InvoiceKind.RETURN ? "billing.invoice.return" : "billing.invoice.issue", "invoice", id, null,
                Map.of("number", Invoice.label(year, number), "clientId", client.id(), "total", totals.total(),
                        "totalTax", totals.totalTax()));
        return Checked.valid(id);
    }

    @Override
    @Transactional
    public Checked<Long> recordPayment(long invoiceId, LocalDate receivedOn, long amount, String note) {
        Optional<Invoice> invoice = repository.findForUpdate(invoiceId);
        if (invoice.isEmpty() || invoice.get().kind() != InvoiceKind.INVOICE) {
            return refuse(null, "billing.error.noInvoice");
        }
        if (invoice.get().superseded()) {
            return refuse(null, "billing.error.superseded");
        }
        if (receivedOn == null) {
            return refuse("receivedOn", "billing.error.receivedOn");
        }
        Receivable balance = repository.receivable(invoiceId).orElseThrow();
        if (amount <= 0) {
            return refuse("amount", "billing.error.amount");
        }
        if (amount > balance.outstanding()) {
            return Checked.invalid(List.of(new FieldError("amount", "billing.error.overpaid",
                    List.of(Long.toString(Math.max(0, balance.outstanding()))))));
        }
        Long by = accounts.current().map(CurrentUser::accountId).orElse(null);
        long id = repository.insertPayment(invoiceId, invoice.get().contractorId(), receivedOn, amount,
                note == null ? "" : note.strip(), by);
        audit.change("billing.payment.record", "invoice", invoiceId, null,
                Map.of("paymentId", id, "amount", amount, "receivedOn", receivedOn.toString()));
        return Checked.valid(id);
    }

    @Override
    public Optional<Invoice> find(long invoiceId) {
        return repository.find(invoiceId);
    }

    @Override
    public List<Invoice> listForClient(long clientId) {
        return repository.listForClient(clientId);
    }

    @Override
    public List<Payment> payments(long invoiceId) {
        return repository.payments(invoiceId);
    }

    @Override
    public Optional<Receivable> receivable(long invoiceId) {
        return repository.receivable(invoiceId);
    }

    @Override
    public List<Receivable> receivables() {
        return repository.receivables();
    }

    @Override
    public List<Receivable> overdue(LocalDate today) {
        return repository.dueBefore(today).stream().filter(r -> r.overdueOn(today)).toList();
    }

    @Override
    public List<BillableLine> unbilled() {
        return repository.unbilled();
    }

    @Override
    public List<BillableLine> unbilledForClient(long clientId) {
        return repository.unbilledForClient(clientId);
    }

    @Override
    public InvoiceTax.Rounding rounding(long contractorId) {
        return repository.rounding(contractorId);
    }

    @Override
    @Transactional
    public void setRounding(long contractorId, InvoiceTax.Rounding rounding) {
        InvoiceTax.Rounding before = repository.rounding(contractorId);
        repository.setRounding(contractorId, rounding);
        audit.change("billing.rounding", "contractor", contractorId, before.name(), rounding.name());
    }

    @Override
    @Transactional(readOnly = true)
    public OrderAmounts orderAmounts(LocalDate from, LocalDate to, Optional<java.util.Set<Long>> contractorIds) {
        return billingFigures.orderAmounts(from, to, contractorIds);
    }
}
