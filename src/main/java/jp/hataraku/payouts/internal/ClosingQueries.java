package jp.hataraku.payouts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.shared.BankCalendar;
import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the closing, notice and deadline pages read: periods in any state, runs, payouts, carried workers. */
@Service
@Transactional(readOnly = true)
public class ClosingQueries {

    private static final String PERIOD_COLUMNS = """
            id, contractor_id, month, status, payment_date, worker_count, total_gross, total_withholding, total_net""";

    private final JdbcClient jdbc;

    ClosingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PayPeriodSummary> periods(long contractorId) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS + " FROM pay_period WHERE contractor_id = :c ORDER BY month DESC")
                .param("c", contractorId).query(PayoutQueries::period).list();
    }

    public Optional<PayPeriodSummary> period(long periodId) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS + " FROM pay_period WHERE id = :id")
                .param("id", periodId).query(PayoutQueries::period).optional();
    }

    /** The confirmed period of the same contractor just before this one's month. */
    public Optional<PayPeriodSummary> previousConfirmed(PayPeriodSummary p) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS + """
                 FROM pay_period WHERE contractor_id = :c AND status = 'CONFIRMED' AND month < :m
                ORDER BY month DESC LIMIT 1""")
                .param("c", p.contractorId()).param("m", p.month().atDay(1)).query(PayoutQueries::period).optional();
    }

    public record Run(long id, String status, String phase, int totalWorkers, int doneWorkers, String error,
            Instant startedAt, Instant finishedAt) {

        public boolean running() {
            return status.equals("RUNNING");
        }

        public int percent() {
            if (status.equals("DONE")) {
                return 100;
            }
            return totalWorkers == 0 ? 0 : (int) (100L * doneWorkers / totalWorkers);
        }
    }

    public Optional<Run> latestRun(long periodId) {
        return jdbc.sql("""
                SELECT id, status, phase, total_workers, done_workers, error, started_at, finished_at
                FROM closing_run WHERE period_id = :p ORDER BY id DESC LIMIT 1""")
                .param("p", periodId)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    /** One worker's row on the review page, with the net of the previous confirmed period (null if none). */
    public record PayoutRow(long workerId, long municipalityId, long gross, int consumptionTaxRate, long consumptionTax,
            long withholding, long net, LocalDate earliestDeadline, boolean registered, Long previousNet) {

        public Long difference() {
            return previousNet == null ? null : net - previousNet;
        }
    }

    public List<PayoutRow> payouts(long periodId, Optional<Long> previousPeriodId, int page, int size) {
        return jdbc.sql("""
                SELECT w.worker_id, w.municipality_id, w.gross, w.consumption_tax_rate, w.consumption_tax, w.withholding,
                       w.net, w.earliest_deadline, w.invoice_registration IS NOT NULL, prev.net
                FROM worker_payout w
                LEFT JOIN worker_payout prev ON prev.period_id = :prev AND prev.worker_id = w.worker_id
                WHERE w.period_id = :p ORDER BY w.worker_id LIMIT :size OFFSET :off""")
                .param("p", periodId).param("prev", previousPeriodId.orElse(-1L)).param("size", size)
                .param("off", (long) page * size)
                .query((rs, n) -> new PayoutRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9),
                        (Long) rs.getObject(10)))
                .list();
    }

    public long payoutCount(long periodId) {
        return jdbc.sql("SELECT count(*) FROM worker_payout WHERE period_id = :p").param("p", periodId)
                .query(Long.class).single();
    }

    /** Payouts whose earliest work's legal deadline is before the payment date (confirm is refused while any). */
    public record DeadlineWarning(long workerId, LocalDate earliestDeadline, LocalDate paymentDate) {
    }

    public List<DeadlineWarning> deadlineWarnings(long periodId, int limit) {
        return jdbc.sql("""
                SELECT worker_id, earliest_deadline, payment_date FROM worker_payout
                WHERE period_id = :p AND earliest_deadline < payment_date ORDER BY earliest_deadline, worker_id LIMIT :n""")
                .param("p", periodId).param("n", limit)
                .query((rs, n) -> new DeadlineWarning(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    /**
     * The latest payment date that meets every payout's deadline: the earliest deadline of the period,
     * moved earlier to a bank business day; empty when the period has no payouts.
     */
    public Optional<LocalDate> latestPaymentDateMeetingDeadlines(long periodId) {
        return jdbc.sql("SELECT min(earliest_deadline) FROM worker_payout WHERE period_id = :p").param("p", periodId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single()
                .map(d -> BankCalendar.japan().onOrBefore(d));
    }

    public record Carried(long workerId, long amount) {
    }

    public List<Carried> carried(long periodId) {
        return jdbc.sql("SELECT worker_id, amount FROM closing_carried WHERE period_id = :p ORDER BY worker_id")
                .param("p", periodId).query((rs, n) -> new Carried(rs.getLong(1), rs.getLong(2))).list();
    }

    /** One worker's payout in a confirmed period, as the payment notice shows it. */
    public record Notice(long periodId, long workerId, long contractorId, LocalDate paymentDate, long gross,
            int consumptionTaxRate, long consumptionTax, long withholdingBase, long withholding, long net,
            Optional<String> registrationNumber, List<KindRow> kinds, LocalDate firstReceived, LocalDate lastReceived,
            LocalDate issuedOn) {

        public boolean registered() {
            return registrationNumber.isPresent();
        }

        public long total() {
            return gross + consumptionTax;
        }
    }

    public record KindRow(WorkKind kind, long gross, boolean subject, long withholding) {
    }

    public Optional<Notice> notice(long periodId, long workerId) {
        Map<WorkKind, KindRow> kinds = new EnumMap<>(WorkKind.class);
        jdbc.sql("SELECT work_kind, gross, subject, withholding FROM worker_payout_kind WHERE period_id = :p AND worker_id = :w")
                .param("p", periodId).param("w", workerId)
                .query(rs -> {
                    WorkKind k = WorkKind.valueOf(rs.getString(1));
                    kinds.put(k, new KindRow(k, rs.getLong(2), rs.getBoolean(3), rs.getLong(4)));
                });
        record Span(LocalDate first, LocalDate last) { }
        Span span = jdbc.sql("""
                SELECT min(received_on), max(received_on) FROM reward_line WHERE period_id = :p AND worker_id = :w""")
                .param("p", periodId).param("w", workerId)
                .query((rs, n) -> new Span(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).single();
        return jdbc.sql("""
                SELECT w.contractor_id, w.payment_date, w.gross, w.consumption_tax_rate, w.consumption_tax,
                       w.withholding_base, w.withholding, w.net, w.invoice_registration,
                       (p.confirmed_at AT TIME ZONE 'Asia/Tokyo')::date
                FROM worker_payout w JOIN pay_period p ON p.id = w.period_id AND p.status = 'CONFIRMED'
                WHERE w.period_id = :p AND w.worker_id = :w""")
                .param("p", periodId).param("w", workerId)
                .query((rs, n) -> new Notice(periodId, workerId, rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3), rs.getInt(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        Optional.ofNullable(rs.getString(9)), List.copyOf(kinds.values()), span.first(), span.last(),
                        rs.getObject(10, LocalDate.class)))
                .optional();
    }

    /** A worker's confirmed payouts, newest first. */
    public record MyPayment(long periodId, LocalDate month, LocalDate paymentDate, long gross, long withholding, long net,
            long contractorId) {
    }

    public List<MyPayment> paymentsOf(long workerId) {
        return jdbc.sql("""
                SELECT p.id, p.month, w.payment_date, w.gross, w.withholding, w.net, p.contractor_id
                FROM worker_payout w JOIN pay_period p ON p.id = w.period_id AND p.status = 'CONFIRMED'
                WHERE w.worker_id = :w ORDER BY p.month DESC, p.id DESC""")
                .param("w", workerId)
                .query((rs, n) -> new MyPayment(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    /** A worker's reward lines not yet in a confirmed period: their earliest legal deadline and sum. */
    public record Unpaid(long workerId, int lines, long amount, LocalDate firstReceived, LocalDate deadline) {
    }

    public List<Unpaid> unpaid(long contractorId, int limit) {
        return jdbc.sql("""
                SELECT worker_id, count(*), sum(amount), min(received_on) FROM reward_line
                WHERE contractor_id = :c AND period_id IS NULL
                GROUP BY worker_id ORDER BY min(received_on), worker_id LIMIT :n""")
                .param("c", contractorId).param("n", limit)
                .query((rs, n) -> {
                    LocalDate first = rs.getObject(4, LocalDate.class);
                    return new Unpaid(rs.getLong(1), rs.getInt(2), rs.getLong(3), first,
                            jp.hataraku.payouts.PaymentDeadline.latestFor(first));
                })
                .list();
    }
}
