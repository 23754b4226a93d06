package jp.hataraku.payouts.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jp.hataraku.identity.Audit;
import jp.hataraku.payouts.PaymentDeadline;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.payouts.RewardBreakdown;
import jp.hataraku.payouts.RewardCalculator;
import jp.hataraku.payouts.RewardLine;
import jp.hataraku.payouts.Withholding;
import jp.hataraku.shared.BankCalendar;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.PayeeDetails;
import jp.hataraku.workers.Payees;
import jp.hataraku.workers.WorkKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import jp.hataraku.payouts.PayPeriodConfirmed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly closing per contractor. Staff open a period (contractor + month; payment on the payment
 * day of the next month, moved earlier to a bank business day) and start a run, which works in the
 * background: every reward line of the contractor approved on or before the month's end and not in
 * a confirmed period is summed in SQL per worker and work kind; each worker's sums go through the
 * {@link RewardEngine}'s calculator; the payouts, their kinds and the period's totals are written in
 * one transaction (a failure leaves the previous state), and the period goes to REVIEW. A worker
 * whose lines sum below zero is carried to a later period. Confirming (once) locks the period and
 * marks its lines; it is refused when the payment date misses a line's Freelance Act deadline or
 * when the lines changed since the run, or when the payment date has passed.
 *
 * <p>A run that died with its JVM leaves its period CLOSING and its run RUNNING. The computing
 * transaction holds a PostgreSQL advisory lock on the period (released by the server when the
 * session ends) and the run beats its heartbeat per chunk; a RUNNING run whose lock nobody holds and
 * whose heartbeat is older than {@link #STALE_MINUTES} minutes is abandoned: {@code begin} and the
 * start-up recovery mark it FAILED and give the period back its previous status.
 */
@Service
public class Closing {

    private static final Logger log = LoggerFactory.getLogger(Closing.class);
    /** Workers per COPY chunk and progress step. */
    static final int CHUNK = 5_000;
    /** A RUNNING run without its lock and without a heartbeat for this long is taken as dead. */
    static final int STALE_MINUTES = 5;
    /** First key of the period's advisory lock (the second is the period id). */
    static final int LOCK_SPACE = 0x50594f43;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;
    private final PayoutSettingsRepository settings;
    private final Audit audit;
    private final Executor executor;
    private final Payees payees;
    private final TokyoClock clock;
    private final ApplicationEventPublisher events;
    /** A test's way to fail a run mid-way: called after each written chunk with the workers written so far. */
    volatile ChunkHook afterChunk = written -> { };

    Closing(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
            PayoutSettingsRepository settings, Audit audit, @Qualifier(ClosingConfiguration.EXECUTOR) Executor executor,
            Payees payees, TokyoClock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.audit = audit;
        this.executor = executor;
        this.payees = payees;
        this.clock = clock;
    }

    /** Called after each written chunk; tests throw from it to fail a run mid-way. */
    @FunctionalInterface
    public interface ChunkHook {
        void written(int workers);
    }

    /** For tests: what to do after each written chunk (a method, so that it reaches the bean behind its proxy). */
    public void afterChunk(ChunkHook hook) {
        this.afterChunk = hook;
    }

    /** The period of a contractor's month, made OPEN when it does not exist yet. */
    @Transactional
    public long openPeriod(long contractorId, YearMonth month) {
        LocalDate pay = settings.find(contractorId).paymentDate(month);
        jdbc.sql("""
                INSERT INTO pay_period (contractor_id, month, payment_date) VALUES (:c, :m, :p)
                ON CONFLICT (contractor_id, month) DO NOTHING""")
                .param("c", contractorId).param("m", month.atDay(1)).param("p", pay).update();
        return jdbc.sql("SELECT id FROM pay_period WHERE contractor_id = :c AND month = :m")
                .param("c", contractorId).param("m", month.atDay(1)).query(Long.class).single();
    }

    /** Starts a run of the period in the background; the run's id. Refused for a confirmed or running period. */
    public long start(long periodId, long accountId) {
        long runId = begin(periodId, accountId);
        try {
            executor.execute(() -> run(runId));
        } catch (TaskRejectedException e) {
            fail(runId, e);
            throw new ClosingRefusal("payouts.closing.busy");
        }
        return runId;
    }

    /** Runs the period in the calling thread (benchmark, tests); the run's id. */
    public long runNow(long periodId, long accountId) {
        long runId = begin(periodId, accountId);
        run(runId);
        return runId;
    }

    private long begin(long periodId, long accountId) {
        return tx.execute(s -> {
            PeriodRow p = lockPeriod(periodId);
            if (p.status() == PeriodStatus.CONFIRMED) {
                throw new ClosingRefusal("payouts.closing.confirmed");
            }
            if (p.status() == PeriodStatus.CLOSING) {
                if (!abandonIfDead(periodId)) {
                    throw new ClosingRefusal("payouts.closing.running");
                }
                p = lockPeriod(periodId);
            }
            LocalDate pay = paymentDateOf(p);
            jdbc.sql("""
                    UPDATE pay_period SET status = 'CLOSING', payment_date = :pay, updated_at = now(), version = version + 1
                    WHERE id = :id""").param("pay", pay).param("id", periodId).update();
            long runId = jdbc.sql("""
                    INSERT INTO closing_run (period_id, status, previous_status, started_by)
                    VALUES (:p, 'RUNNING', :prev, :by) RETURNING id""")
                    .param("p", periodId).param("prev", p.status().name()).param("by", accountId)
                    .query(Long.class).single();
            audit.change("payouts.closing.start", "pay_period", periodId, p.status().name(), PeriodStatus.CLOSING.name());
            return runId;
        });
    }

    record PeriodRow(long id, long contractorId, YearMonth month, PeriodStatus status, LocalDate paymentDate,
            LocalDate chosenPaymentDate) {
    }

    /** The period's normal payment date (payment day of the next month, a bank business day). */
    LocalDate normalPaymentDate(PeriodRow p) {
        return settings.find(p.contractorId()).paymentDate(p.month());
    }

    /** The payment date a run uses: the one staff chose (when before the normal one), else the normal one. */
    private LocalDate paymentDateOf(PeriodRow p) {
        LocalDate normal = normalPaymentDate(p);
        return p.chosenPaymentDate() != null && p.chosenPaymentDate().isBefore(normal) ? p.chosenPaymentDate() : normal;
    }

    PeriodRow lockPeriod(long periodId) {
        return jdbc.sql("""
                SELECT id, contractor_id, month, status, payment_date, payment_date_chosen FROM pay_period
                WHERE id = :id FOR UPDATE""")
                .param("id", periodId)
                .query((rs, n) -> new PeriodRow(rs.getLong(1), rs.getLong(2),
                        YearMonth.from(rs.getObject(3, LocalDate.class)), PeriodStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .optional().orElseThrow(() -> new ClosingRefusal("payouts.period.unknown"));
    }

    /**
     * In a transaction holding the period's row lock: when the period's RUNNING run is dead (nobody
     * holds its advisory lock and its heartbeat is stale), marks it FAILED, gives the period back its
     * previous status and answers true; false while the run is alive.
     */
    private boolean abandonIfDead(long periodId) {
        Optional<Long> stale = jdbc.sql("""
                SELECT id FROM closing_run WHERE period_id = :p AND status = 'RUNNING'
                  AND heartbeat_at < now() - make_interval(mins => :m) ORDER BY id DESC LIMIT 1""")
                .param("p", periodId).param("m", STALE_MINUTES).query(Long.class).optional();
        long running = jdbc.sql("SELECT count(*) FROM closing_run WHERE period_id = :p AND status = 'RUNNING'")
                .param("p", periodId).query(Long.class).single();
        if (running > 0 && stale.isEmpty()) {
            return false;
        }
        // the computing transaction holds this lock until it ends; the server drops it with a dead session
        boolean free = jdbc.sql("SELECT pg_try_advisory_xact_lock(:k, CAST(:p AS int))")
                .param("k", LOCK_SPACE).param("p", periodId).query(Boolean.class).single();
        if (!free) {
            return false;
        }
        String previous = stale.flatMap(r -> jdbc.sql("""
                UPDATE closing_run SET status = 'FAILED', phase = 'FAILED', error = :e, finished_at = now()
                WHERE id = :r AND status = 'RUNNING' RETURNING previous_status""")
                .param("r", r).param("e", "abandoned: no heartbeat for " + STALE_MINUTES + " minutes")
                .query(String.class).optional())
                .orElse(PeriodStatus.OPEN.name());
        // without any RUNNING run a CLOSING period has nothing to wait for either
        jdbc.sql("""
                UPDATE pay_period SET status = :s, updated_at = now(), version = version + 1
                WHERE id = :id AND status = 'CLOSING'""")
                .param("s", previous).param("id", periodId).update();
        log.warn("closing of period {} abandoned by dead run {}; the period is {} again", periodId, stale.orElse(null),
                previous);
        return true;
    }

    /** At start-up (and for tests): every period left CLOSING by a dead run gets its previous status back. */
    @EventListener(ApplicationReadyEvent.class)
    public void recoverAbandonedRuns() {
        List<Long> periods = jdbc.sql("SELECT id FROM pay_period WHERE status = 'CLOSING' ORDER BY id")
                .query(Long.class).list();
        for (long periodId : periods) {
            try {
                tx.executeWithoutResult(s -> {
                    if (lockPeriod(periodId).status() == PeriodStatus.CLOSING) {
                        abandonIfDead(periodId);
                    }
                });
            } catch (RuntimeException e) {
                log.warn("could not recover the closing of period {}", periodId, e);
            }
        }
    }

    void run(long runId) {
        try {
            tx.executeWithoutResult(s -> compute(runId));
        } catch (RuntimeException e) {
            log.warn("closing run {} failed", runId, e);
            fail(runId, e);
        }
    }

    private void fail(long runId, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        separateTx.executeWithoutResult(s -> {
            // a run already taken as dead (and perhaps followed by a new run) no longer owns the period
            jdbc.sql("""
                    UPDATE pay_period p SET status = r.previous_status, updated_at = now()
                    FROM closing_run r WHERE r.id = :r AND r.status = 'RUNNING' AND p.id = r.period_id
                      AND p.status = 'CLOSING'""")
                    .param("r", runId).update();
            jdbc.sql("""
                    UPDATE closing_run SET status = 'FAILED', phase = 'FAILED', error = :e, finished_at = now()
                    WHERE id = :r""").param("r", runId).param("e", message.length() > 500 ? message.substring(0, 500) : message)
                    .update();
        });
    }

    private void progress(long runId, String phase, int total, int done) {
        separateTx.executeWithoutResult(s -> jdbc.sql("""
                UPDATE closing_run SET phase = :ph, total_workers = :t, done_workers = :d, heartbeat_at = now()
                WHERE id = :r""")
                .param("ph", phase).param("t", total).param("d", done).param("r", runId).update());
    }

    /** One worker's sum for one work kind, from the SQL aggregation. */
    record KindSum(long workerId, WorkKind kind, long amount, LocalDate firstReceived, long municipalityId,
            String registration) {
    }

    private void compute(long runId) {
        long periodId = jdbc.sql("SELECT period_id FROM closing_run WHERE id = :r").param("r", runId)
                .query(Long.class).single();
        // held until this transaction ends (or its session dies): the sign that this run is alive
        jdbc.sql("SELECT pg_advisory_xact_lock(:k, CAST(:p AS int))").param("k", LOCK_SPACE).param("p", periodId)
                .query((rs, n) -> 1).list();
        PeriodRow p = lockPeriod(periodId);
        String runStatus = jdbc.sql("SELECT status FROM closing_run WHERE id = :r").param("r", runId)
                .query(String.class).single();
        if (p.status() != PeriodStatus.CLOSING || !runStatus.equals("RUNNING")) {
            throw new IllegalStateException("period " + periodId + " is " + p.status() + ", run " + runId + " is "
                    + runStatus);
        }
        PayoutSettings s = settings.find(p.contractorId());
        RewardCalculator calculator = RewardEngine.calculator(s);
        progress(runId, "AGGREGATING", 0, 0);
        long highWater = jdbc.sql("SELECT coalesce(max(id), 0) FROM reward_line").query(Long.class).single();
        jdbc.sql("DELETE FROM closing_carried WHERE period_id = :p").param("p", periodId).update();
        jdbc.sql("DELETE FROM worker_payout WHERE period_id = :p").param("p", periodId).update();

        Connection connection = DataSourceUtils.getConnection(dataSource);
        List<KindSum> sums = refreshPayees(aggregate(connection, p, highWater));
        int workers = 0;
        long last = Long.MIN_VALUE;
        for (KindSum k : sums) {
            if (k.workerId() != last) {
                workers++;
                last = k.workerId();
            }
        }
        progress(runId, "COMPUTING", workers, 0);
        Writer writer = new Writer(connection, p, s, calculator);
        int done = 0;
        int from = 0;
        for (int i = 1; i <= sums.size(); i++) {
            if (i == sums.size() || sums.get(i).workerId() != sums.get(from).workerId()) {
                writer.worker(sums.subList(from, i));
                from = i;
                done++;
                if (done % CHUNK == 0) {
                    writer.flush();
                    progress(runId, "COMPUTING", workers, done);
                    afterChunk.written(done);
                }
            }
        }
        writer.flush();
        afterChunk.written(done);
        jdbc.sql("""
                UPDATE pay_period SET status = 'REVIEW', worker_count = :n, total_gross = :g, total_withholding = :w,
                    total_net = :net, updated_at = now(), version = version + 1 WHERE id = :id""")
                .param("n", writer.paid).param("g", writer.totalGross).param("w", writer.totalWithholding)
                .param("net", writer.totalNet).param("id", periodId).update();
        jdbc.sql("""
                UPDATE closing_run SET status = 'DONE', phase = 'DONE', high_water = :hw, total_workers = :t,
                    done_workers = :t, finished_at = now() WHERE id = :r""")
                .param("hw", highWater).param("t", workers).param("r", runId).update();
    }

    /** The sums per worker and kind, in SQL, ordered by worker. */
    private static List<KindSum> aggregate(Connection connection, PeriodRow p, long highWater) {
        String sql = """
                SELECT a.worker_id, a.work_kind, a.amount, a.first_received, coalesce(y.municipality_id, a.municipality_id),
                       y.registration_number
                FROM (SELECT worker_id, work_kind, sum(amount) AS amount, min(received_on) AS first_received,
                             max(municipality_id) AS municipality_id
                      FROM reward_line
                      WHERE contractor_id = ? AND period_id IS NULL AND approved_on <= ? AND id <= ?
                      GROUP BY worker_id, work_kind) a
                LEFT JOIN payee y ON y.worker_id = a.worker_id
                ORDER BY a.worker_id, a.work_kind""";
        List<KindSum> sums = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setFetchSize(10_000);
            st.setLong(1, p.contractorId());
            st.setObject(2, p.month().atEndOfMonth());
            st.setLong(3, highWater);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sums.add(new KindSum(rs.getLong(1), WorkKind.valueOf(rs.getString(2)), rs.getLong(3),
                            rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("closing aggregation failed", e);
        }
        return sums;
    }

    /**
     * Refreshes the payee snapshot (town, invoice registration) of every worker of the run with one
     * call to the workers module, writes it back in one statement and answers the sums with the fresh
     * values; a worker the workers module does not know keeps the snapshot.
     */
    private List<KindSum> refreshPayees(List<KindSum> sums) {
        Collection<Long> ids = new LinkedHashSet<>();
        sums.forEach(k -> ids.add(k.workerId()));
        if (ids.isEmpty()) {
            return sums;
        }
        Map<Long, PayeeDetails> fresh = payees.details(ids);
        if (fresh.isEmpty()) {
            return sums;
        }
        StringBuilder w = new StringBuilder("{");
        StringBuilder m = new StringBuilder("{");
        StringBuilder r = new StringBuilder("{");
        for (PayeeDetails d : fresh.values()) {
            String reg = registration(d);
            String sep = w.length() > 1 ? "," : "";
            w.append(sep).append(d.workerId());
            m.append(sep).append(d.municipalityId());
            r.append(sep).append(reg == null ? "NULL" : '"' + reg.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        jdbc.sql("""
                INSERT INTO payee (worker_id, municipality_id, registration_number)
                SELECT * FROM unnest(CAST(:w AS bigint[]), CAST(:m AS bigint[]), CAST(:r AS text[]))
                ON CONFLICT (worker_id) DO UPDATE SET municipality_id = excluded.municipality_id,
                    registration_number = excluded.registration_number, refreshed_at = now()
                WHERE payee.municipality_id IS DISTINCT FROM excluded.municipality_id
                   OR payee.registration_number IS DISTINCT FROM excluded.registration_number""")
                .param("w", w.append('}').toString()).param("m", m.append('}').toString())
                .param("r", r.append('}').toString()).update();
        List<KindSum> out = new ArrayList<>(sums.size());
        for (KindSum k : sums) {
            PayeeDetails d = fresh.get(k.workerId());
            out.add(d == null ? k : new KindSum(k.workerId(), k.kind(), k.amount(), k.firstReceived(), d.municipalityId(),
                    registration(d)));
        }
        return out;
    }

    private static String registration(PayeeDetails d) {
        return d.invoiceRegistrationNumber().filter(x -> !x.isBlank()).orElse(null);
    }

    /** Works out each worker's payout and writes the rows by COPY, chunk by chunk. */
    private static final class Writer {
        private final CopyManager copy;
        private final PeriodRow period;
        private final PayoutSettings settings;
        private final RewardCalculator calculator;
        private final StringBuilder payouts = new StringBuilder(1 << 20);
        private final StringBuilder kinds = new StringBuilder(1 << 20);
        private final StringBuilder carried = new StringBuilder();
        int paid;
        long totalGross;
        long totalWithholding;
        long totalNet;

        Writer(Connection connection, PeriodRow period, PayoutSettings settings, RewardCalculator calculator) {
            try {
                this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            this.period = period;
            this.settings = settings;
            this.calculator = calculator;
        }

        void worker(List<KindSum> sums) {
            KindSum first = sums.get(0);
            long total = 0;
            LocalDate firstReceived = first.firstReceived();
            List<RewardLine> lines = new ArrayList<>(sums.size());
            for (KindSum k : sums) {
                total = Math.addExact(total, k.amount());
                if (k.firstReceived().isBefore(firstReceived)) {
                    firstReceived = k.firstReceived();
                }
                lines.add(new RewardLine(k.kind(), Yen.of(k.amount())));
            }
            if (total < 0) {
                carried.append(period.id()).append('\t').append(first.workerId()).append('\t').append(total).append('\n');
                return;
            }
            Optional<String> registration = Optional.ofNullable(first.registration());
            RewardBreakdown b = calculator.calculate(lines, settings.consumptionTaxRate(registration), period.paymentDate());
            payouts.append(period.id()).append('\t').append(first.workerId()).append('\t').append(period.contractorId())
                    .append('\t').append(first.municipalityId()).append('\t').append(b.gross().amount()).append('\t')
                    .append(b.consumptionTaxRate()).append('\t').append(b.consumptionTax().amount()).append('\t')
                    .append(b.withholdingBase().amount()).append('\t').append(b.withholding().amount()).append('\t')
                    .append(b.net().amount()).append('\t').append(period.paymentDate()).append('\t')
                    .append(PaymentDeadline.latestFor(firstReceived)).append('\t')
                    .append(registration.map(Writer::copyText).orElse("\\N")).append('\n');
            Map<WorkKind, Long> gross = new EnumMap<>(WorkKind.class);
            sums.forEach(k -> gross.put(k.kind(), k.amount()));
            Map<WorkKind, Long> withheld = allocate(b.withholding().amount(), gross, settings::subjectToWithholding);
            for (KindSum k : sums) {
                kinds.append(period.id()).append('\t').append(k.workerId()).append('\t').append(k.kind().name())
                        .append('\t').append(k.amount()).append('\t')
                        .append(settings.subjectToWithholding(k.kind()) ? 't' : 'f').append('\t')
                        .append(withheld.getOrDefault(k.kind(), 0L)).append('\n');
            }
            paid++;
            totalGross += b.gross().amount();
            totalWithholding += b.withholding().amount();
            totalNet += b.net().amount();
        }

        private static String copyText(String s) {
            return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }

        void flush() {
            try {
                copyIn("COPY worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,"
                        + " consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline,"
                        + " invoice_registration) FROM STDIN", payouts);
                copyIn("COPY worker_payout_kind (period_id, worker_id, work_kind, gross, subject, withholding) FROM STDIN", kinds);
                copyIn("COPY closing_carried (period_id, worker_id, amount) FROM STDIN", carried);
            } catch (SQLException e) {
                throw new IllegalStateException("writing payouts failed", e);
            }
        }

        private void copyIn(String sql, StringBuilder rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try {
                copy.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.setLength(0);
        }
    }

    /**
     * The withholding of one payout allocated to its subject kinds in proportion to their (positive)
     * amounts, fractions cut off, the remainder on the largest.
     */
    static Map<WorkKind, Long> allocate(long withheld, Map<WorkKind, Long> gross, Predicate<WorkKind> subject) {
        Map<WorkKind, Long> out = new EnumMap<>(WorkKind.class);
        if (withheld <= 0) {
            return out;
        }
        long sum = 0;
        WorkKind largest = null;
        for (Map.Entry<WorkKind, Long> e : gross.entrySet()) {
            if (subject.test(e.getKey()) && e.getValue() > 0) {
                sum += e.getValue();
                if (largest == null || e.getValue() > gross.get(largest)) {
                    largest = e.getKey();
                }
            }
        }
        if (largest == null) {
            return out;
        }
        long given = 0;
        for (Map.Entry<WorkKind, Long> e : gross.entrySet()) {
            if (subject.test(e.getKey()) && e.getValue() > 0) {
                long share = BigInteger.valueOf(withheld).multiply(BigInteger.valueOf(e.getValue()))
                        .divide(BigInteger.valueOf(sum)).longValueExact();
                out.put(e.getKey(), share);
                given += share;
            }
        }
        out.merge(largest, withheld - given, Long::sum);
        return out;
    }

    /** What became of a new payment date: applied to the period and its payouts, or kept for the next run. */
    public enum PaymentDateChange {
        APPLIED, RERUN_NEEDED
    }

    /**
     * Sets an earlier payment date for a period under review: a bank business day, not before today,
     * not after the period's normal payment date. The period and its payouts take it in one
     * transaction; when the withholding rate of the new date differs from the old one's, the figures
     * would change, so the date is only kept for the next run ({@link PaymentDateChange#RERUN_NEEDED}).
     * Refusals carry a message code.
     */
    @Transactional
    public PaymentDateChange changePaymentDate(long periodId, LocalDate date, long accountId) {
        PeriodRow p = lockPeriod(periodId);
        if (p.status() != PeriodStatus.REVIEW) {
            throw new ClosingRefusal("payouts.paymentDate.notReview");
        }
        LocalDate normal = normalPaymentDate(p);
        if (!BankCalendar.japan().isBusinessDay(date)) {
            throw new ClosingRefusal("payouts.paymentDate.notBusinessDay", date.toString());
        }
        if (date.isBefore(clock.today())) {
            throw new ClosingRefusal("payouts.paymentDate.past", clock.today().toString());
        }
        if (date.isAfter(normal)) {
            throw new ClosingRefusal("payouts.paymentDate.afterNormal", normal.toString());
        }
        LocalDate chosen = date.equals(normal) ? null : date;
        jdbc.sql("UPDATE pay_period SET payment_date_chosen = :d, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("d", chosen).param("id", periodId).update();
        audit.change("payouts.paymentDate", "pay_period", periodId, p.paymentDate().toString(), date.toString());
        Withholding withholding = Withholding.japan();
        if (!withholding.rateOn(date).equals(withholding.rateOn(p.paymentDate()))) {
            return PaymentDateChange.RERUN_NEEDED;
        }
        jdbc.sql("UPDATE pay_period SET payment_date = :d WHERE id = :id").param("d", date).param("id", periodId).update();
        jdbc.sql("UPDATE worker_payout SET payment_date = :d WHERE period_id = :p").param("d", date).param("p", periodId)
                .update();
        return PaymentDateChange.APPLIED;
    }

    /**
     * Confirms a period under review, once: the period and its payouts become immutable and its
     * lines are marked. Refused when it is not under review, when the payment date is after a
     * payout's earliest Freelance Act deadline, or when the lines changed since the run.
     */
    @Transactional
    public void confirm(long periodId, long accountId) {
        PeriodRow p = lockPeriod(periodId);
        if (p.status() == PeriodStatus.CONFIRMED) {
            throw new ClosingRefusal("payouts.confirm.already");
        }
        if (p.status() != PeriodStatus.REVIEW) {
            throw new ClosingRefusal("payouts.confirm.notReviewed");
        }
        LocalDate today = clock.today();
        if (p.paymentDate().isBefore(today)) {
            throw new ClosingRefusal("payouts.confirm.paymentDatePassed", p.paymentDate().toString());
        }
        // a transfer cannot be made before today, whatever the date says
        int late = jdbc.sql("""
                SELECT count(*) FROM worker_payout WHERE period_id = :p AND earliest_deadline < greatest(payment_date, :today)""")
                .param("p", periodId).param("today", today).query(Integer.class).single();
        if (late > 0) {
            throw new ClosingRefusal("payouts.confirm.deadline", late);
        }
        long highWater = jdbc.sql("""
                SELECT high_water FROM closing_run WHERE period_id = :p AND status = 'DONE' ORDER BY id DESC LIMIT 1""")
                .param("p", periodId).query(Long.class).optional()
                .orElseThrow(() -> new ClosingRefusal("payouts.confirm.notReviewed"));
        jdbc.sql("""
                UPDATE reward_line l SET period_id = :p
                WHERE l.contractor_id = :c AND l.period_id IS NULL AND l.approved_on <= :end AND l.id <= :hw
                  AND EXISTS (SELECT 1 FROM worker_payout w WHERE w.period_id = :p AND w.worker_id = l.worker_id)""")
                .param("p", periodId).param("c", p.contractorId()).param("end", p.month().atEndOfMonth())
                .param("hw", highWater).update();
        int stale = jdbc.sql("""
                SELECT count(*) FROM
                  (SELECT worker_id, sum(amount) AS s FROM reward_line WHERE period_id = :p GROUP BY worker_id) l
                  FULL JOIN (SELECT worker_id, gross FROM worker_payout WHERE period_id = :p) w USING (worker_id)
                WHERE l.s IS DISTINCT FROM w.gross""")
                .param("p", periodId).query(Integer.class).single();
        if (stale > 0) {
            throw new ClosingRefusal("payouts.confirm.stale", stale);
        }
        jdbc.sql("""
                UPDATE pay_period SET status = 'CONFIRMED', confirmed_at = now(), confirmed_by = :by, updated_at = now(),
                    version = version + 1 WHERE id = :id""").param("by", accountId).param("id", periodId).update();
        audit.change("payouts.confirm", "pay_period", periodId, PeriodStatus.REVIEW.name(), PeriodStatus.CONFIRMED.name());
        events.publishEvent(new PayPeriodConfirmed(periodId, p.contractorId(), p.month(), p.paymentDate()));
    }
}
