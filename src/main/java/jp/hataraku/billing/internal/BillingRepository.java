package jp.hataraku.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.billing.BillableLine;
import jp.hataraku.billing.BillingUnit;
import jp.hataraku.billing.Invoice;
import jp.hataraku.billing.InvoiceKind;
import jp.hataraku.billing.InvoiceLine;
import jp.hataraku.shared.InvoiceTax;
import jp.hataraku.billing.Payment;
import jp.hataraku.billing.Receivable;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.billing.BillableRecorded;
import jp.hataraku.billing.InvoiceIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the billing tables: billable lines, the invoice counter, invoices and payments. */
@Repository
class BillingRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    BillingRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    // --- settings ---

    InvoiceTax.Rounding rounding(long contractorId) {
        return jdbc.sql("SELECT rounding FROM billing_setting WHERE contractor_id = :c").param("c", contractorId)
                .query(String.class).optional().map(InvoiceTax.Rounding::valueOf).orElse(InvoiceTax.Rounding.DOWN);
    }

    void setRounding(long contractorId, InvoiceTax.Rounding rounding) {
        jdbc.sql("""
                INSERT INTO billing_setting (contractor_id, rounding) VALUES (:c, :r)
                ON CONFLICT (contractor_id) DO UPDATE SET rounding = EXCLUDED.rounding, updated_at = now()
                """).param("c", contractorId).param("r", rounding.name()).update();
    }

    // --- billable lines ---

    record NewBillable(long contractorId, long clientId, Long jobId, BillableLine.Source source, Long sourceId,
            String description, long quantity, BillingUnit unit, long unitPrice, long amount, int taxRate,
            LocalDate workDate) {
    }

    /** Records a line once per source: false when the source was already recorded. */
    boolean recordBillable(NewBillable b) {
        boolean recorded = jdbc.sql("""
                INSERT INTO billable_line (contractor_id, client_id, job_id, source_kind, source_id, description,
                    quantity, unit, unit_price, amount, tax_rate, work_date)
                VALUES (:contractor, :client, :job, :kind, :sourceId, :description, :quantity, :unit, :unitPrice,
                    :amount, :rate, :workDate)
                ON CONFLICT (source_kind, source_id) WHERE source_id IS NOT NULL DO NOTHING
                """).param("contractor", b.contractorId()).param("client", b.clientId()).param("job", b.jobId())
                .param("kind", b.source().name()).param("sourceId", b.sourceId()).param("description", b.description())
                .param("quantity", b.quantity()).param("unit", b.unit().name()).param("unitPrice", b.unitPrice())
                .param("amount", b.amount()).param("rate", b.taxRate()).param("workDate", b.workDate())
                .update() == 1;
        if (recorded) {
            events.publishEvent(new BillableRecorded(b.contractorId(), b.clientId(), b.workDate()));
        }
        return recorded;
    }

    private static final String BILLABLE = "SELECT * FROM billable_line ";

    List<BillableLine> unbilled() {
        return jdbc.sql(BILLABLE + "WHERE invoice_id IS NULL ORDER BY client_id, work_date, id")
                .query(BillingRepository::billable).list();
    }

    List<BillableLine> unbilledForClient(long clientId) {
        return jdbc.sql(BILLABLE + "WHERE invoice_id IS NULL AND client_id = :c ORDER BY work_date, id")
                .param("c", clientId).query(BillingRepository::billable).list();
    }

    List<BillableLine> unbilledForJob(long jobId) {
        return jdbc.sql(BILLABLE + "WHERE invoice_id IS NULL AND job_id = :j ORDER BY work_date, id")
                .param("j", jobId).query(BillingRepository::billable).list();
    }

    List<BillableLine> ofSource(BillableLine.Source source, long sourceId) {
        return jdbc.sql(BILLABLE + "WHERE source_kind = :k AND source_id = :s")
                .param("k", source.name()).param("s", sourceId).query(BillingRepository::billable).list();
    }

    List<BillableLine> ofJob(long jobId) {
        return jdbc.sql(BILLABLE + "WHERE job_id = :j ORDER BY work_date, id")
                .param("j", jobId).query(BillingRepository::billable).list();
    }

    /** Locks the given unbilled lines for billing; answers those that were still unbilled. */
    List<BillableLine> lockUnbilled(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(BILLABLE + "WHERE id IN (:ids) AND invoice_id IS NULL ORDER BY work_date, id FOR UPDATE")
                .param("ids", ids).query(BillingRepository::billable).list();
    }

    void markBilled(List<Long> ids, long invoiceId) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE billable_line SET invoice_id = :inv WHERE id IN (:ids) AND invoice_id IS NULL")
                    .param("inv", invoiceId).param("ids", ids).update();
        }
    }

    private static BillableLine billable(ResultSet rs, int row) throws SQLException {
        return new BillableLine(rs.getLong("id"), rs.getLong("contractor_id"), rs.getLong("client_id"),
                optionalLong(rs, "job_id"), BillableLine.Source.valueOf(rs.getString("source_kind")),
                optionalLong(rs, "source_id"), rs.getString("description"), rs.getLong("quantity"),
                BillingUnit.valueOf(rs.getString("unit")), rs.getLong("unit_price"), rs.getLong("amount"),
                rs.getInt("tax_rate"), rs.getObject("work_date", LocalDate.class), optionalLong(rs, "invoice_id"));
    }

    // --- numbering ---

    /**
     * The next invoice number of the contractor's fiscal year. The counter row stays locked until
     * the issuing transaction ends, so concurrent issues queue here and a rollback gives the number back.
     */
    int nextNumber(long contractorId, FiscalYear year) {
        return jdbc.sql("""
                INSERT INTO invoice_counter (contractor_id, fiscal_year, last_number) VALUES (:c, :y, 1)
                ON CONFLICT (contractor_id, fiscal_year) DO UPDATE SET last_number = invoice_counter.last_number + 1
                RETURNING last_number
                """).param("c", contractorId).param("y", year.startYear()).query(Integer.class).single();
    }

    // --- invoices ---

    record NewInvoice(long contractorId, long clientId, Long jobId, FiscalYear fiscalYear, int number, InvoiceKind kind,
            Long originalInvoiceId, Long replacesInvoiceId, LocalDate issuedOn, LocalDate transactionFrom,
            LocalDate transactionTo, LocalDate dueOn, String issuerName, String issuerAddress, String registrationNumber,
            String recipientName, InvoiceTax.Rounding rounding, InvoiceTax.Result totals, Long issuedBy) {
    }

    long insertInvoice(NewInvoice i, List<InvoiceLine> lines) {
        long id = jdbc.sql("""
                INSERT INTO invoice (contractor_id, client_id, job_id, fiscal_year, number, kind, original_invoice_id,
                    replaces_invoice_id, issued_on, transaction_from, transaction_to, due_on, issuer_name, issuer_address,
                    registration_number, recipient_name, rounding, amounts_include_tax, total_amount, total_tax, total,
                    issued_by)
                VALUES (:contractor, :client, :job, :fy, :number, :kind, :original, :replaces, :issuedOn, :from, :to,
                    :due, :issuer, :issuerAddress, :registration, :recipient, :rounding, :inclusive, :totalAmount,
                    :totalTax, :total, :issuedBy)
                RETURNING id
                """).param("contractor", i.contractorId()).param("client", i.clientId()).param("job", i.jobId())
                .param("fy", i.fiscalYear().startYear()).param("number", i.number()).param("kind", i.kind().name())
                .param("original", i.originalInvoiceId()).param("replaces", i.replacesInvoiceId())
                .param("issuedOn", i.issuedOn()).param("from", i.transactionFrom()).param("to", i.transactionTo())
                .param("due", i.dueOn()).param("issuer", i.issuerName()).param("issuerAddress", i.issuerAddress())
                .param("registration", i.registrationNumber()).param("recipient", i.recipientName())
                .param("rounding", i.rounding().name()).param("inclusive", i.totals().amountsIncludeTax())
                .param("totalAmount", i.totals().totalAmount()).param("totalTax", i.totals().totalTax())
                .param("total", i.totals().total()).param("issuedBy", i.issuedBy())
                .query(Long.class).single();
        events.publishEvent(new InvoiceIssued(id, i.contractorId(), i.clientId(), i.issuedOn()));
        for (InvoiceLine l : lines) {
            jdbc.sql("""
                    INSERT INTO invoice_line (invoice_id, line_no, description, transaction_date, quantity, unit,
                        unit_price, amount, tax_rate, billable_line_id, original_line_no)
                    VALUES (:inv, :no, :description, :date, :quantity, :unit, :unitPrice, :amount, :rate, :billable,
                        :originalLine)
                    """).param("inv", id).param("no", l.lineNo()).param("description", l.description())
                    .param("date", l.transactionDate()).param("quantity", l.quantity()).param("unit", l.unit().name())
                    .param("unitPrice", l.unitPrice()).param("amount", l.amount()).param("rate", l.taxRate())
                    .param("billable", l.billableLineId().orElse(null))
                    .param("originalLine", l.originalLineNo().orElse(null)).update();
        }
        for (InvoiceTax.RateTotal t : i.totals().byRate()) {
            jdbc.sql("INSERT INTO invoice_rate_total (invoice_id, tax_rate, amount, tax) VALUES (:inv, :rate, :amount, :tax)")
                    .param("inv", id).param("rate", t.taxRate()).param("amount", t.amount()).param("tax", t.tax())
                    .update();
        }
        return id;
    }

    /** How much of each original line the return invoices against it have refunded so far (positive yen). */
    java.util.Map<Integer, Long> refundedByLine(long originalId) {
        java.util.Map<Integer, Long> refunded = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT l.original_line_no, -sum(l.amount) AS refunded FROM invoice_line l
                JOIN invoice r ON r.id = l.invoice_id
                WHERE r.original_invoice_id = :o GROUP BY l.original_line_no
                """).param("o", originalId)
                .query(rs -> {
                    refunded.put(rs.getInt(1), rs.getLong(2));
                });
        return refunded;
    }

    void supersede(long invoiceId, long by, String reason) {
        jdbc.sql("INSERT INTO invoice_supersession (invoice_id, superseded_by, reason) VALUES (:i, :b, :r)")
                .param("i", invoiceId).param("b", by).param("r", reason).update();
    }

    /** Locks an invoice row against a concurrent reissue or payment (the row itself never changes). */
    Optional<Invoice> findForUpdate(long id) {
        boolean found = jdbc.sql("SELECT id FROM invoice WHERE id = :id FOR UPDATE").param("id", id)
                .query(Long.class).optional().isPresent();
        return found ? find(id) : Optional.empty();
    }

    private static final String INVOICE = """
            SELECT i.*, s.superseded_by FROM invoice i LEFT JOIN invoice_supersession s ON s.invoice_id = i.id
            """;

    Optional<Invoice> find(long id) {
        return jdbc.sql(INVOICE + "WHERE i.id = :id").param("id", id).query(this::header).optional()
                .map(this::withLines);
    }

    List<Invoice> listForClient(long clientId) {
        return jdbc.sql(INVOICE + "WHERE i.client_id = :c ORDER BY i.issued_on DESC, i.id DESC").param("c", clientId)
                .query(this::header).list().stream().map(this::withLines).toList();
    }

    List<Invoice> returnsOf(long originalId) {
        return jdbc.sql(INVOICE + "WHERE i.original_invoice_id = :o ORDER BY i.id").param("o", originalId)
                .query(this::header).list().stream().map(this::withLines).toList();
    }

    private Invoice withLines(Invoice header) {
        List<InvoiceLine> lines = jdbc.sql("SELECT * FROM invoice_line WHERE invoice_id = :i ORDER BY line_no")
                .param("i", header.id())
                .query((rs, n) -> new InvoiceLine(rs.getInt("line_no"), rs.getString("description"),
                        rs.getObject("transaction_date", LocalDate.class), rs.getLong("quantity"),
                        BillingUnit.valueOf(rs.getString("unit")), rs.getLong("unit_price"), rs.getLong("amount"),
                        rs.getInt("tax_rate"), optionalLong(rs, "billable_line_id"),
                        Optional.ofNullable((Integer) rs.getObject("original_line_no"))))
                .list();
        List<InvoiceTax.RateTotal> totals = jdbc.sql(
                "SELECT * FROM invoice_rate_total WHERE invoice_id = :i ORDER BY tax_rate DESC").param("i", header.id())
                .query((rs, n) -> new InvoiceTax.RateTotal(rs.getInt("tax_rate"), rs.getLong("amount"), rs.getLong("tax")))
                .list();
        return new Invoice(header.id(), header.contractorId(), header.clientId(), header.jobId(), header.fiscalYear(),
                header.number(), header.kind(), header.originalInvoiceId(), header.replacesInvoiceId(),
                header.issuedOn(), header.transactionFrom(), header.transactionTo(), header.dueOn(),
                header.issuerName(), header.issuerAddress(), header.registrationNumber(), header.recipientName(),
                header.rounding(), lines, totals, header.totalAmount(), header.totalTax(), header.total(),
                header.supersededBy());
    }

    private Invoice header(ResultSet rs, int row) throws SQLException {
        return new Invoice(rs.getLong("id"), rs.getLong("contractor_id"), rs.getLong("client_id"),
                optionalLong(rs, "job_id"), FiscalYear.of(rs.getInt("fiscal_year")), rs.getInt("number"),
                InvoiceKind.valueOf(rs.getString("kind")), optionalLong(rs, "original_invoice_id"),
                optionalLong(rs, "replaces_invoice_id"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("transaction_from", LocalDate.class), rs.getObject("transaction_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("issuer_name"), rs.getString("issuer_address"),
                rs.getString("registration_number"), rs.getString("recipient_name"),
                InvoiceTax.Rounding.valueOf(rs.getString("rounding")), List.of(), List.of(),
                rs.getLong("total_amount"), rs.getLong("total_tax"), rs.getLong("total"),
                optionalLong(rs, "superseded_by"));
    }

    // --- payments and balances ---

    long insertPayment(long invoiceId, long contractorId, LocalDate receivedOn, long amount, String note, Long by) {
        return jdbc.sql("""
                INSERT INTO invoice_payment (invoice_id, contractor_id, received_on, amount, note, recorded_by)
                VALUES (:i, :c, :on, :amount, :note, :by) RETURNING id
                """).param("i", invoiceId).param("c", contractorId).param("on", receivedOn).param("amount", amount)
                .param("note", note).param("by", by).query(Long.class).single();
    }

    List<Payment> payments(long invoiceId) {
        return jdbc.sql("SELECT * FROM invoice_payment WHERE invoice_id = :i ORDER BY received_on, id")
                .param("i", invoiceId)
                .query((rs, n) -> new Payment(rs.getLong("id"), rs.getLong("invoice_id"),
                        rs.getObject("received_on", LocalDate.class), rs.getLong("amount"), rs.getString("note")))
                .list();
    }

    private static final String RECEIVABLE = """
            SELECT i.id, i.fiscal_year, i.number, i.contractor_id, i.client_id, i.recipient_name, i.issued_on, i.due_on,
                   i.total, s.superseded_by IS NOT NULL AS superseded,
                   coalesce((SELECT sum(r.total) FROM invoice r WHERE r.original_invoice_id = i.id), 0) AS returned,
                   coalesce((SELECT sum(p.amount) FROM invoice_payment p WHERE p.invoice_id = i.id), 0) AS paid
            FROM invoice i LEFT JOIN invoice_supersession s ON s.invoice_id = i.id
            WHERE i.kind = 'INVOICE'
            """;

    List<Receivable> receivables() {
        return jdbc.sql(RECEIVABLE + " ORDER BY i.issued_on DESC, i.id DESC").query(BillingRepository::receivable).list();
    }

    Optional<Receivable> receivable(long invoiceId) {
        return jdbc.sql(RECEIVABLE + " AND i.id = :id").param("id", invoiceId).query(BillingRepository::receivable)
                .optional();
    }

    List<Receivable> dueBefore(LocalDate today) {
        return jdbc.sql(RECEIVABLE + " AND i.due_on < :today ORDER BY i.due_on, i.id").param("today", today)
                .query(BillingRepository::receivable).list();
    }

    private static Receivable receivable(ResultSet rs, int row) throws SQLException {
        boolean superseded = rs.getBoolean("superseded");
        long total = rs.getLong("total");
        long returned = rs.getLong("returned");
        long paid = rs.getLong("paid");
        long outstanding = superseded ? 0 : total + returned - paid;
        return new Receivable(rs.getLong("id"), Invoice.label(FiscalYear.of(rs.getInt("fiscal_year")), rs.getInt("number")),
                rs.getLong("contractor_id"), rs.getLong("client_id"), rs.getString("recipient_name"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), total, returned,
                paid, outstanding, superseded);
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
