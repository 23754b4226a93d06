package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;

import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.AnnualPayment;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.payouts.WorkerPayout;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read API answers confirmed periods only, and a confirmed period cannot change (V12 triggers). */
@SpringBootTest
class PayoutQueriesTests {

    @Autowired
    Payouts payouts;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    long contractor;
    long town;

    @BeforeEach
    void setUp() {
        town = organizations.registerMunicipality("支払町" + UUID.randomUUID(), "シハライチョウ", "20", 7000);
        contractor = organizations.registerContractor(new Organizations.NewContractor("支払公社" + UUID.randomUUID(),
                "しはらいこうしゃ", "6100005001234", "T6100005001234", "3990000", "長野県支払町1-1"));
    }

    long period(YearMonth month, LocalDate paymentDate) {
        return jdbc.sql("INSERT INTO pay_period (contractor_id, month, payment_date, status) VALUES (:c, :m, :p, 'REVIEW') RETURNING id")
                .param("c", contractor).param("m", month.atDay(1)).param("p", paymentDate).query(Long.class).single();
    }

    void payout(long period, long worker, long writing, long dataEntry, long withholding, LocalDate paid) {
        long gross = writing + dataEntry;
        long tax = gross / 10;
        jdbc.sql("""
                INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                    consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline)
                VALUES (:p, :w, :c, :t, :g, 10, :tax, :base, :wh, :net, :paid, :paid)""")
                .param("p", period).param("w", worker).param("c", contractor).param("t", town).param("g", gross)
                .param("tax", tax).param("base", writing).param("wh", withholding).param("net", gross + tax - withholding)
                .param("paid", paid).update();
        kind(period, worker, WorkKind.WRITING, writing, true, withholding);
        kind(period, worker, WorkKind.DATA_ENTRY, dataEntry, false, 0);
    }

    void kind(long period, long worker, WorkKind kind, long gross, boolean subject, long withholding) {
        jdbc.sql("""
                INSERT INTO worker_payout_kind (period_id, worker_id, work_kind, gross, subject, withholding)
                VALUES (:p, :w, :k, :g, :s, :wh)""")
                .param("p", period).param("w", worker).param("k", kind.name()).param("g", gross).param("s", subject)
                .param("wh", withholding).update();
    }

    void confirm(long period) {
        jdbc.sql("UPDATE pay_period SET status = 'CONFIRMED', confirmed_at = now() WHERE id = :p").param("p", period).update();
    }

    @Test
    void a_period_under_review_is_not_a_fact_yet() {
        long p = period(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 25));
        payout(p, 1, 30_000, 12_000, 3_063, LocalDate.of(2026, 11, 25));

        assertThat(payouts.period(p)).get().extracting(s -> s.status()).isEqualTo(PeriodStatus.REVIEW);
        assertThat(payouts.payoutsOf(p)).isEmpty();
        assertThat(payouts.confirmedPeriods(contractor)).isEmpty();
        assertThat(payouts.paidIn(contractor, Year.of(2026))).isEmpty();
    }

    @Test
    void confirmed_payouts_are_answered_by_worker_with_their_kinds() {
        long p = period(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 25));
        payout(p, 2, 0, 5_000, 0, LocalDate.of(2026, 11, 25));
        payout(p, 1, 30_000, 12_000, 3_063, LocalDate.of(2026, 11, 25));
        confirm(p);

        assertThat(payouts.confirmedPeriods(contractor)).singleElement()
                .satisfies(s -> assertThat(s.month()).isEqualTo(YearMonth.of(2026, 10)));
        assertThat(payouts.payoutsOf(p)).extracting(WorkerPayout::workerId).containsExactly(1L, 2L);
        WorkerPayout first = payouts.payoutsOf(p).get(0);
        assertThat(first.net()).isEqualTo(Yen.of(43_137));
        assertThat(first.grossByKind()).containsEntry(WorkKind.WRITING, Yen.of(30_000))
                .containsEntry(WorkKind.DATA_ENTRY, Yen.of(12_000));
    }

    @Test
    void a_year_sums_the_periods_paid_in_it_by_payment_date() {
        long october = period(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 25));
        payout(october, 1, 30_000, 0, 3_063, LocalDate.of(2026, 11, 25));
        confirm(october);
        long november = period(YearMonth.of(2026, 11), LocalDate.of(2026, 12, 25));
        payout(november, 1, 40_000, 0, 4_084, LocalDate.of(2026, 12, 25));
        confirm(november);
        long december = period(YearMonth.of(2026, 12), LocalDate.of(2027, 1, 25));
        payout(december, 1, 99_000, 0, 10_107, LocalDate.of(2027, 1, 25));
        confirm(december);

        assertThat(payouts.paidIn(contractor, Year.of(2026)))
                .contains(new AnnualPayment(1, WorkKind.WRITING, true, Yen.of(70_000), Yen.of(7_147)));
        assertThat(payouts.paidIn(contractor, Year.of(2027)))
                .contains(new AnnualPayment(1, WorkKind.WRITING, true, Yen.of(99_000), Yen.of(10_107)));
    }

    @Test
    void a_kind_whose_withholding_flag_changed_during_the_year_answers_one_row_per_flag() {
        long july = period(YearMonth.of(2026, 7), LocalDate.of(2026, 8, 25));
        jdbc.sql("""
                INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                    consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline)
                VALUES (:p, 3, :c, :t, 20000, 0, 0, 0, 0, 20000, '2026-08-25', '2026-08-25')""")
                .param("p", july).param("c", contractor).param("t", town).update();
        kind(july, 3, WorkKind.TRANSCRIPTION, 20_000, false, 0);
        confirm(july);
        long august = period(YearMonth.of(2026, 8), LocalDate.of(2026, 9, 25));
        jdbc.sql("""
                INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                    consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline)
                VALUES (:p, 3, :c, :t, 40000, 0, 0, 40000, 4084, 35916, '2026-09-25', '2026-09-25')""")
                .param("p", august).param("c", contractor).param("t", town).update();
        kind(august, 3, WorkKind.TRANSCRIPTION, 40_000, true, 4_084);
        confirm(august);

        assertThat(payouts.paidIn(contractor, Year.of(2026))).filteredOn(p -> p.workerId() == 3).containsExactly(
                new AnnualPayment(3, WorkKind.TRANSCRIPTION, false, Yen.of(20_000), Yen.ZERO),
                new AnnualPayment(3, WorkKind.TRANSCRIPTION, true, Yen.of(40_000), Yen.of(4_084)));
    }

    @Test
    void a_confirmed_period_and_its_payouts_cannot_change() {
        long p = period(YearMonth.of(2026, 9), LocalDate.of(2026, 10, 23));
        payout(p, 1, 30_000, 0, 3_063, LocalDate.of(2026, 10, 23));
        confirm(p);

        assertThatThrownBy(() -> jdbc.sql("UPDATE worker_payout SET net = net + 1, gross = gross + 1 WHERE period_id = :p")
                .param("p", p).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM worker_payout_kind WHERE period_id = :p").param("p", p).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE pay_period SET status = 'REVIEW', confirmed_at = NULL WHERE id = :p")
                .param("p", p).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_payout_whose_net_does_not_add_up_is_refused() {
        long p = period(YearMonth.of(2026, 8), LocalDate.of(2026, 9, 25));
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                    consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline)
                VALUES (:p, 1, :c, :t, 1000, 10, 100, 0, 0, 1000, '2026-09-25', '2026-09-25')""")
                .param("p", p).param("c", contractor).param("t", town).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
