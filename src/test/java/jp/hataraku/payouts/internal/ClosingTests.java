package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.payouts.RewardBreakdown;
import jp.hataraku.payouts.RewardCalculator;
import jp.hataraku.payouts.RewardLine;
import jp.hataraku.payouts.WorkerPayout;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger and the closing against the real database. */
@SpringBootTest
class ClosingTests {

    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    RewardLedger ledger;
    @Autowired
    Closing closing;
    @Autowired
    ClosingQueries queries;
    @Autowired
    Payouts payouts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    PayoutFixtures.Place place;
    /** A closed month well in the past, so that its lines' approval dates are fixed. */
    final YearMonth month = YearMonth.of(2026, 10);
    final LocalDate received = LocalDate.of(2026, 10, 5);
    final LocalDate approved = LocalDate.of(2026, 10, 9);

    /** A day in November 2026 before October's payment date (25 November), so that confirming October is in time. */
    static final Instant NOVEMBER_10 = OffsetDateTime.of(2026, 11, 10, 10, 0, 0, 0, ZoneOffset.ofHours(9)).toInstant();

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void setUp() {
        place = fixtures.place();
        clock.setFixed(NOVEMBER_10);
    }

    @AfterEach
    void noFault() {
        closing.afterChunk(written -> { });
        clock.reset();
    }

    private long sumOfLines(long contractor) {
        return jdbc.sql("SELECT coalesce(sum(amount), 0) FROM reward_line WHERE contractor_id = :c")
                .param("c", contractor).query(Long.class).single();
    }

    @Test
    void closing_totals_equal_the_sum_of_the_lines_and_each_worker_is_worked_out_by_the_engine() {
        long writer = fixtures.registeredWorker(place.town());
        long typist = fixtures.worker(place.town());
        long negative = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, writer, WorkKind.WRITING, 600_000, received, approved));
        ledger.taskApproved(PayoutFixtures.task(place, writer, WorkKind.WRITING, 500_000, received.plusDays(3), approved));
        ledger.taskApproved(PayoutFixtures.task(place, writer, WorkKind.DATA_ENTRY, 12_345, received, approved));
        ledger.timeApproved(PayoutFixtures.time(place, typist, WorkKind.DATA_ENTRY, 1000, 50, received));
        ledger.taskApproved(PayoutFixtures.task(place, negative, WorkKind.DATA_ENTRY, 1_000, received, approved));
        jdbc.sql("""
                INSERT INTO reward_line (contractor_id, municipality_id, worker_id, work_kind, amount, received_on,
                    approved_on, source, reason) VALUES (:c, :m, :w, 'DATA_ENTRY', -3000, :d, :d, 'ADJUSTMENT', '返金')""")
                .param("c", place.contractor()).param("m", place.town()).param("w", negative).param("d", approved).update();
        // a line approved after the month's end waits for the next closing
        ledger.taskApproved(PayoutFixtures.task(place, typist, WorkKind.DATA_ENTRY, 777, received, month.plusMonths(1).atDay(1)));

        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);

        PayPeriodSummary p = queries.period(period).orElseThrow();
        assertThat(p.status()).isEqualTo(PeriodStatus.REVIEW);
        assertThat(p.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(p.workerCount()).isEqualTo(2);
        long included = 600_000 + 500_000 + 12_345 + 834;
        assertThat(p.totalGross().amount()).isEqualTo(included);
        assertThat(sumOfLines(place.contractor())).isEqualTo(included + 1_000 - 3_000 + 777);
        long sumGross = jdbc.sql("SELECT sum(gross) FROM worker_payout WHERE period_id = :p").param("p", period)
                .query(Long.class).single();
        long sumKinds = jdbc.sql("SELECT sum(gross) FROM worker_payout_kind WHERE period_id = :p").param("p", period)
                .query(Long.class).single();
        assertThat(sumGross).isEqualTo(included);
        assertThat(sumKinds).isEqualTo(included);

        RewardBreakdown expected = RewardCalculator.standard().calculate(List.of(
                new RewardLine(WorkKind.WRITING, Yen.of(1_100_000)), new RewardLine(WorkKind.DATA_ENTRY, Yen.of(12_345))),
                10, p.paymentDate());
        ClosingQueries.PayoutRow row = queries.payouts(period, Optional.empty(), 0, 50).stream()
                .filter(r -> r.workerId() == writer).findFirst().orElseThrow();
        assertThat(row.withholding()).isEqualTo(expected.withholding().amount()).isEqualTo(122_520);
        assertThat(row.consumptionTax()).isEqualTo(111_234);
        assertThat(row.net()).isEqualTo(expected.net().amount());
        assertThat(row.earliestDeadline()).isEqualTo(received.plusDays(59));
        assertThat(row.registered()).isTrue();
        long allocated = jdbc.sql("SELECT sum(withholding) FROM worker_payout_kind WHERE period_id = :p AND worker_id = :w")
                .param("p", period).param("w", writer).query(Long.class).single();
        assertThat(allocated).isEqualTo(122_520);
        assertThat(p.totalNet().amount()).isEqualTo(p.totalGross().amount()
                + 111_234 + 83 - p.totalWithholding().amount());
        assertThat(queries.carried(period)).containsExactly(new ClosingQueries.Carried(negative, -2_000));
    }

    @Test
    void a_repeated_event_records_one_line_and_the_listener_records_published_approvals() throws Exception {
        long w = fixtures.worker(place.town());
        TaskApproved e = PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 40, received, approved);
        assertThat(ledger.taskApproved(e)).isTrue();
        assertThat(ledger.taskApproved(e)).isFalse();
        TaskApproved published = PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 55, received, approved);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> events.publishEvent(published));
        tx.executeWithoutResult(s -> events.publishEvent(published));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (countTaskLines(published.taskId()) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertThat(countTaskLines(published.taskId())).isEqualTo(1);
        assertThat(countTaskLines(e.taskId())).isEqualTo(1);
        assertThat(sumOfLines(place.contractor())).isEqualTo(95);
    }

    private long countTaskLines(long taskId) {
        return jdbc.sql("SELECT count(*) FROM reward_line WHERE source = 'TASK' AND source_id = :t").param("t", taskId)
                .query(Long.class).single();
    }

    @Test
    void a_period_is_confirmed_once_and_then_nothing_of_it_changes() {
        long w = fixtures.registeredWorker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.WRITING, 10_000, received, approved));
        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        closing.confirm(period, 0);

        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.CONFIRMED);
        assertThat(jdbc.sql("SELECT count(*) FROM reward_line WHERE period_id = :p").param("p", period)
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.already");
        assertThatThrownBy(() -> closing.runNow(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.closing.confirmed");
        assertThatThrownBy(() -> jdbc.sql("UPDATE reward_line SET amount = 1 WHERE period_id = :p").param("p", period).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE worker_payout SET net = net WHERE period_id = :p").param("p", period).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE pay_period SET status = 'REVIEW' WHERE id = :p").param("p", period).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");

        List<WorkerPayout> confirmed = payouts.payoutsOf(period);
        assertThat(confirmed).singleElement().satisfies(x -> {
            assertThat(x.gross()).isEqualTo(Yen.of(10_000));
            assertThat(x.withholding()).isEqualTo(Yen.of(1_021));
            assertThat(x.grossByKind()).isEqualTo(Map.of(WorkKind.WRITING, Yen.of(10_000)));
        });
        assertThat(queries.notice(period, w)).hasValueSatisfying(n -> {
            assertThat(n.registrationNumber()).hasValue("T8100005012345");
            assertThat(n.firstReceived()).isEqualTo(received);
        });

        // a later adjustment lands in the next period, never in the confirmed one
        ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), w, null, WorkKind.WRITING, 500L, "追加の賞与"), 0);
        long next = closing.openPeriod(place.contractor(), YearMonth.from(clock.today()));
        closing.runNow(next, 0);
        assertThat(queries.period(next).orElseThrow().totalGross()).isEqualTo(Yen.of(500));
        // the review compares each worker with the previous confirmed period
        PayPeriodSummary nextPeriod = queries.period(next).orElseThrow();
        assertThat(queries.previousConfirmed(nextPeriod)).hasValueSatisfying(x -> assertThat(x.id()).isEqualTo(period));
        ClosingQueries.PayoutRow r = queries.payouts(next, Optional.of(period), 0, 10).get(0);
        assertThat(r.previousNet()).isEqualTo(10_000 + 1_000 - 1_021);
        assertThat(r.difference()).isEqualTo(500 + 50 - 51 - 9_979);
        assertThat(payouts.confirmedPeriods(place.contractor())).extracting(PayPeriodSummary::id).containsExactly(period);
        assertThat(queries.period(period).orElseThrow().totalGross()).isEqualTo(Yen.of(10_000));
    }

    @Test
    void a_crash_during_the_closing_leaves_nothing_and_a_rerun_replaces_the_result() {
        for (int i = 0; i < 3; i++) {
            long w = fixtures.worker(place.town());
            ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 1_000 + i, received, approved));
        }
        long period = closing.openPeriod(place.contractor(), month);
        closing.afterChunk(written -> {
            throw new IllegalStateException("simulated crash after " + written + " workers");
        });
        closing.runNow(period, 0);
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.OPEN);
        assertThat(queries.payoutCount(period)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM worker_payout_kind WHERE period_id = :p").param("p", period)
                .query(Long.class).single()).isZero();
        assertThat(queries.latestRun(period)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.error()).contains("simulated crash");
        });

        closing.afterChunk(written -> { });
        closing.runNow(period, 0);
        assertThat(queries.period(period).orElseThrow().totalGross()).isEqualTo(Yen.of(3_003));
        // a failing re-run of a reviewed period keeps the previous result
        long w = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 5_000, received, approved));
        closing.afterChunk(written -> {
            throw new IllegalStateException("crash again");
        });
        closing.runNow(period, 0);
        PayPeriodSummary after = queries.period(period).orElseThrow();
        assertThat(after.status()).isEqualTo(PeriodStatus.REVIEW);
        assertThat(after.totalGross()).isEqualTo(Yen.of(3_003));
        assertThat(queries.payoutCount(period)).isEqualTo(3);
        closing.afterChunk(written -> { });
        closing.runNow(period, 0);
        assertThat(queries.period(period).orElseThrow().totalGross()).isEqualTo(Yen.of(8_003));
        assertThat(queries.payoutCount(period)).isEqualTo(4);
    }

    @Test
    void confirm_is_refused_when_the_payment_date_misses_a_legal_deadline() {
        long w = fixtures.worker(place.town());
        // handed in on 1 August, approved in October: its 60th day is 29 September
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 2_000, LocalDate.of(2026, 8, 1), approved));
        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        assertThat(queries.deadlineWarnings(period, 10)).singleElement()
                .satisfies(x -> assertThat(x.earliestDeadline()).isEqualTo(LocalDate.of(2026, 9, 29)));
        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.deadline");
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.REVIEW);
    }

    @Test
    void confirm_marks_only_the_lines_the_run_saw() {
        long w = fixtures.worker(place.town());
        ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), w, null, WorkKind.OTHER, 3_000L, "賞与"), 0);
        long period = closing.openPeriod(place.contractor(), YearMonth.from(clock.today()));
        closing.runNow(period, 0);
        ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), w, null, WorkKind.OTHER, -500L, "訂正"), 0);
        // the run's high-water mark leaves the new line out: confirm marks only what the run saw
        closing.confirm(period, 0);
        assertThat(queries.period(period).orElseThrow().totalGross()).isEqualTo(Yen.of(3_000));
        assertThat(ledger.openLines(place.contractor(), 10)).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(-500));
    }

    @Test
    void confirm_is_refused_when_a_line_of_the_run_changed_after_the_run() {
        long w = fixtures.worker(place.town());
        long other = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 4_000, received, approved));
        ledger.taskApproved(PayoutFixtures.task(place, other, WorkKind.DATA_ENTRY, 1_000, received, approved));
        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        long highWater = jdbc.sql("SELECT high_water FROM closing_run WHERE period_id = :p AND status = 'DONE'")
                .param("p", period).query(Long.class).single();
        long line = jdbc.sql("SELECT id FROM reward_line WHERE worker_id = :w").param("w", w).query(Long.class).single();
        assertThat(line).isLessThanOrEqualTo(highWater);
        // a concurrent writer corrects a line the run already summed, and commits
        jdbc.sql("UPDATE reward_line SET amount = 3500 WHERE id = :id").param("id", line).update();

        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .satisfies(x -> {
                    assertThat(((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.stale");
                    assertThat(((ClosingRefusal) x).args()).containsExactly(1);
                });
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.REVIEW);
        assertThat(jdbc.sql("SELECT count(*) FROM reward_line WHERE period_id = :p").param("p", period)
                .query(Long.class).single()).isZero();

        // so does a deleted line; a re-run then makes the period confirmable
        jdbc.sql("DELETE FROM reward_line WHERE worker_id = :w").param("w", other).update();
        closing.runNow(period, 0);
        jdbc.sql("DELETE FROM reward_line WHERE worker_id = :w").param("w", w).update();
        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.stale");
    }

    /** Leaves the period and a run as a JVM that died in the middle of the run leaves them. */
    private long crashedRun(long period, String previousStatus, String heartbeatAgo) {
        jdbc.sql("UPDATE pay_period SET status = 'CLOSING' WHERE id = :p").param("p", period).update();
        return jdbc.sql("""
                INSERT INTO closing_run (period_id, status, phase, previous_status, total_workers, done_workers,
                    started_at, heartbeat_at)
                VALUES (:p, 'RUNNING', 'COMPUTING', :prev, 10000, 5000, now() - interval '1 hour',
                    now() - CAST(:ago AS interval)) RETURNING id""")
                .param("p", period).param("prev", previousStatus).param("ago", heartbeatAgo).query(Long.class).single();
    }

    @Test
    void a_run_that_died_with_its_process_does_not_lock_the_period() throws Exception {
        long w = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 2_500, received, approved));
        long period = closing.openPeriod(place.contractor(), month);

        // a live run (fresh heartbeat) still keeps others out
        long live = crashedRun(period, "OPEN", "10 seconds");
        assertThatThrownBy(() -> closing.runNow(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.closing.running");
        // so does a run whose heartbeat is old while its session still holds the period's lock
        jdbc.sql("UPDATE closing_run SET heartbeat_at = now() - interval '10 minutes' WHERE id = :r").param("r", live).update();
        try (Connection other = dataSource.getConnection(); Statement st = other.createStatement()) {
            other.setAutoCommit(true);
            st.execute("SELECT pg_advisory_lock(" + Closing.LOCK_SPACE + ", " + period + ")");
            try {
                assertThatThrownBy(() -> closing.runNow(period, 0)).isInstanceOf(ClosingRefusal.class)
                        .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.closing.running");
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + Closing.LOCK_SPACE + ", " + period + ")");
            }
        }
        // the process is gone: no lock, no heartbeat for ten minutes, so a new run takes over
        closing.runNow(period, 0);
        assertThat(jdbc.sql("SELECT status FROM closing_run WHERE id = :r").param("r", live).query(String.class).single())
                .isEqualTo("FAILED");
        PayPeriodSummary p = queries.period(period).orElseThrow();
        assertThat(p.status()).isEqualTo(PeriodStatus.REVIEW);
        assertThat(p.totalGross()).isEqualTo(Yen.of(2_500));
        closing.confirm(period, 0);
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.CONFIRMED);
    }

    @Test
    void start_up_gives_a_period_left_closing_by_a_dead_run_its_previous_status() {
        long w = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 1_200, received, approved));
        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        long dead = crashedRun(period, "REVIEW", "6 minutes");
        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.notReviewed");

        closing.recoverAbandonedRuns();

        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.REVIEW);
        assertThat(queries.latestRun(period)).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(dead);
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.error()).contains("abandoned");
        });
        closing.confirm(period, 0);
        assertThat(queries.period(period).orElseThrow().totalGross()).isEqualTo(Yen.of(1_200));
    }

    @Test
    void confirm_is_refused_when_the_payment_date_has_passed() {
        long w = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 2_000, received, approved));
        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        // 26 November: October's payment date, 25 November, is gone
        clock.setFixed(NOVEMBER_10.plus(Duration.ofDays(16)));
        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .satisfies(x -> {
                    assertThat(((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.paymentDatePassed");
                    assertThat(((ClosingRefusal) x).args()).containsExactly("2026-11-25");
                });
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.REVIEW);
        clock.setFixed(NOVEMBER_10.plus(Duration.ofDays(15)));
        closing.confirm(period, 0);
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.CONFIRMED);
    }

    @Test
    void an_earlier_payment_date_lets_a_period_with_a_late_received_line_be_confirmed() {
        long late = fixtures.worker(place.town());
        long onTime = fixtures.worker(place.town());
        // received 20 September, approved in October: its 60th day is 18 November, before the 25th
        ledger.taskApproved(PayoutFixtures.task(place, late, WorkKind.DATA_ENTRY, 2_000, LocalDate.of(2026, 9, 20), approved));
        ledger.taskApproved(PayoutFixtures.task(place, onTime, WorkKind.DATA_ENTRY, 3_000, received, approved));
        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);
        assertThat(queries.deadlineWarnings(period, 10)).singleElement()
                .satisfies(x -> assertThat(x.earliestDeadline()).isEqualTo(LocalDate.of(2026, 11, 18)));
        assertThat(queries.latestPaymentDateMeetingDeadlines(period)).hasValue(LocalDate.of(2026, 11, 18));
        assertThatThrownBy(() -> closing.confirm(period, 0)).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo("payouts.confirm.deadline");

        assertRefused(() -> closing.changePaymentDate(period, LocalDate.of(2026, 11, 14), 0), "payouts.paymentDate.notBusinessDay");
        assertRefused(() -> closing.changePaymentDate(period, LocalDate.of(2026, 11, 9), 0), "payouts.paymentDate.past");
        assertRefused(() -> closing.changePaymentDate(period, LocalDate.of(2026, 11, 26), 0), "payouts.paymentDate.afterNormal");
        assertThat(queries.period(period).orElseThrow().paymentDate()).isEqualTo(LocalDate.of(2026, 11, 25));

        assertThat(closing.changePaymentDate(period, LocalDate.of(2026, 11, 18), 0)).isEqualTo(Closing.PaymentDateChange.APPLIED);
        assertThat(queries.period(period).orElseThrow().paymentDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(jdbc.sql("SELECT DISTINCT payment_date FROM worker_payout WHERE period_id = :p").param("p", period)
                .query(LocalDate.class).list()).containsExactly(LocalDate.of(2026, 11, 18));
        assertThat(queries.deadlineWarnings(period, 10)).isEmpty();
        // a re-run keeps the chosen date
        closing.runNow(period, 0);
        assertThat(queries.period(period).orElseThrow().paymentDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(queries.deadlineWarnings(period, 10)).isEmpty();
        closing.confirm(period, 0);
        assertThat(queries.notice(period, late)).hasValueSatisfying(n ->
                assertThat(n.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 18)));
        assertRefused(() -> closing.changePaymentDate(period, LocalDate.of(2026, 11, 17), 0), "payouts.paymentDate.notReview");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(ClosingRefusal.class)
                .extracting(x -> ((ClosingRefusal) x).code()).isEqualTo(code);
    }

    @Test
    void the_closing_reads_the_workers_current_invoice_registration() {
        long w = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.WRITING, 10_000, received, approved));
        assertThat(jdbc.sql("SELECT registration_number FROM payee WHERE worker_id = :w").param("w", w)
                .query(String.class).optional().orElse(null)).isNull();
        // the worker registered for invoices after the line was recorded
        jdbc.sql("UPDATE worker SET invoice_registration_number = 'T8100005012345' WHERE id = :w").param("w", w).update();

        long period = closing.openPeriod(place.contractor(), month);
        closing.runNow(period, 0);

        assertThat(queries.payouts(period, Optional.empty(), 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.registered()).isTrue();
            assertThat(r.consumptionTaxRate()).isEqualTo(10);
            assertThat(r.consumptionTax()).isEqualTo(1_000);
        });
        assertThat(jdbc.sql("SELECT invoice_registration FROM worker_payout WHERE period_id = :p").param("p", period)
                .query(String.class).single()).isEqualTo("T8100005012345");
        assertThat(jdbc.sql("SELECT registration_number FROM payee WHERE worker_id = :w").param("w", w)
                .query(String.class).single()).isEqualTo("T8100005012345");
    }

    @Test
    void an_adjustment_needs_a_known_worker_of_a_served_town_an_amount_and_a_reason() {
        RewardLedger.Result r = ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), 999_999_999L,
                null, null, 0L, "  "), 0);
        assertThat(r.id()).isEmpty();
        assertThat(r.errors()).containsEntry("workerId", "payouts.adjustment.worker.unknown")
                .containsEntry("kind", "payouts.adjustment.kind.required")
                .containsEntry("amount", "payouts.adjustment.amount.required")
                .containsEntry("reason", "payouts.adjustment.reason.required");
        PayoutFixtures.Place other = fixtures.place();
        long stranger = fixtures.worker(other.town());
        assertThat(ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), stranger, null,
                WorkKind.OTHER, 100L, "理由"), 0).errors()).containsEntry("workerId", "payouts.adjustment.worker.notServed");
        assertThat(sumOfLines(place.contractor())).isZero();
    }
}
