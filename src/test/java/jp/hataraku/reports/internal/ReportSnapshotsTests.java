package jp.hataraku.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.PayPeriodConfirmed;
import jp.hataraku.payouts.RewardRecorded;
import jp.hataraku.billing.BillableRecorded;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The snapshot-served report is the computed one, is not recomputed while fresh, and follows data
 * changes made through the owner modules' APIs (after their events' listeners ran).
 */
@SpringBootTest
class ReportSnapshotsTests {

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired
    ReportSnapshots snapshots;
    @Autowired
    CouncilReport council;
    @Autowired
    Workers workers;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A town with {@code n} workers registered in FY2022 (active from 1 June 2022). */
    private long town(int n) throws InterruptedException {
        java.time.Instant start = java.time.Instant.now().minusSeconds(1);
        long town = organizations.registerMunicipality("写し町" + System.nanoTime(), "うつしちょう", "20", 5000);
        for (int i = 0; i < n; i++) {
            registered(town, LocalDate.of(2022, 6, 1));
        }
        settle(start);
        return town;
    }

    private long registered(long town, LocalDate on) {
        long id = workers.apply(WorkerFixtures.application(town), on.minusDays(10));
        workers.markBriefed(id, on.minusDays(5));
        workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, on);
        return id;
    }

    private boolean stale(ReportScope scope, FiscalYear year, Locale locale) {
        return jdbc.sql("""
                SELECT stale FROM report_snapshot WHERE town_id = :t AND contractor_id = :c AND fiscal_year = :y
                AND locale = :l""").param("t", scope.town().orElse(0L)).param("c", scope.contractor().orElse(0L))
                .param("y", year.startYear()).param("l", locale.toLanguageTag()).query(Boolean.class).single();
    }

    /** Waits until the reports module's listeners have handled every event published since {@code since}. */
    private void settle(java.time.Instant since) throws InterruptedException {
        await("the reports listeners ran", () -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                  AND listener_id LIKE '%ReportSnapshotListener%' AND publication_date >= :since""")
                .param("since", java.sql.Timestamp.from(since)).query(Long.class).single() == 0);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void a_fresh_snapshot_is_served_from_the_table_without_recomputing() throws Exception {
        ReportScope scope = ReportScope.town(town(3));
        ReportSnapshots.Served first = snapshots.report(scope, FY2022, Locale.JAPANESE);
        assertThat(snapshots.computations(scope, FY2022, Locale.JAPANESE)).isEqualTo(1);
        assertThat(first.report()).isEqualTo(council.compute(scope, FY2022, Locale.JAPANESE));
        assertThat(first.report().emptyReason()).as("three workers are data").isEmpty();

        for (int i = 0; i < 5; i++) {
            ReportSnapshots.Served again = snapshots.report(scope, FY2022, Locale.JAPANESE);
            assertThat(again.fresh()).isTrue();
            assertThat(again.asOf()).isEqualTo(first.asOf());
            assertThat(again.report()).isEqualTo(first.report());
        }
        assertThat(snapshots.computations(scope, FY2022, Locale.JAPANESE)).as("served from the snapshot").isEqualTo(1);

        ReportSnapshots.Served english = snapshots.report(scope, FY2022, Locale.ENGLISH);
        assertThat(english.report()).isEqualTo(council.compute(scope, FY2022, Locale.ENGLISH))
                .isNotEqualTo(first.report());
    }

    @Test
    void a_snapshot_of_another_release_is_never_served_and_a_start_marks_every_snapshot_stale() throws Exception {
        ReportScope scope = ReportScope.town(town(3));
        snapshots.report(scope, FiscalYear.of(2021), Locale.JAPANESE);
        long computed = snapshots.computations(scope, FiscalYear.of(2021), Locale.JAPANESE);
        assertThat(stale(scope, FiscalYear.of(2021), Locale.JAPANESE)).isFalse();

        // an instance of the next release starts: what the old one computed may be computed otherwise now
        snapshots.staleAfterStart();
        assertThat(stale(scope, FiscalYear.of(2021), Locale.JAPANESE)).isTrue();
        ReportSnapshots.Served meanwhile = snapshots.report(scope, FiscalYear.of(2021), Locale.JAPANESE);
        assertThat(meanwhile.fresh()).as("served with its time, within max-stale").isFalse();
        snapshots.awaitRefresher();

        // a snapshot whose figures are another release's (other ids) is computed anew, even when fresh
        java.time.Instant stored = snapshots.refresh(ReportSnapshots.Key.of(scope, FiscalYear.of(2021), Locale.JAPANESE)).asOf();
        assertThat(snapshots.report(scope, FiscalYear.of(2021), Locale.JAPANESE).asOf()).as("served as stored")
                .isEqualTo(stored);
        jdbc.sql("UPDATE report_snapshot SET definition = 'older-release' WHERE town_id = :t AND fiscal_year = 2021")
                .param("t", scope.town().orElseThrow()).update();
        ReportSnapshots.Served anew = snapshots.report(scope, FiscalYear.of(2021), Locale.JAPANESE);
        assertThat(anew.fresh()).isTrue();
        assertThat(anew.asOf()).as("computed again, not the stored one").isAfter(stored);
        assertThat(snapshots.computations(scope, FiscalYear.of(2021), Locale.JAPANESE)).isGreaterThan(computed);
        assertThat(snapshots.definition()).hasSize(24).isNotEqualTo("older-release");
    }

    @Test
    void worker_changes_through_the_workers_api_make_the_snapshot_follow() throws Exception {
        long town = town(4);
        ReportScope scope = ReportScope.town(town);
        ReportScope otherTown = ReportScope.town(town(1));
        CouncilReport.Report before = snapshots.report(scope, FY2022, Locale.JAPANESE).report();
        snapshots.report(otherTown, FY2022, Locale.JAPANESE);
        ReportSnapshots.Served fy2021 = snapshots.report(scope, FiscalYear.of(2021), Locale.JAPANESE);
        assertThat(stale(scope, FY2022, Locale.JAPANESE)).isFalse();

        // a worker withdraws (employment) in October 2022 and another registers in January 2023
        java.time.Instant start = java.time.Instant.now().minusSeconds(1);
        long leaving = jdbc.sql("SELECT min(id) FROM worker WHERE municipality_id = :t").param("t", town)
                .query(Long.class).single();
        workers.withdraw(leaving, WithdrawalReason.EMPLOYMENT, "就職", LocalDate.of(2022, 10, 20));
        registered(town, LocalDate.of(2023, 1, 10));

        CouncilReport.Report expected = council.compute(scope, FY2022, Locale.JAPANESE);
        assertThat(expected).as("the change moves the figures").isNotEqualTo(before);
        settle(start);
        await("the snapshot is refreshed", () -> {
            ReportSnapshots.Served served = snapshots.report(scope, FY2022, Locale.JAPANESE);
            if (!served.fresh()) {
                assertThat(served.report()).as("a stale snapshot is the old report, with its time").isEqualTo(before);
            }
            return served.fresh();
        });
        ReportSnapshots.Served after = snapshots.report(scope, FY2022, Locale.JAPANESE);
        assertThat(after.fresh()).isTrue();
        assertThat(after.report()).isEqualTo(expected).isNotEqualTo(before);

        // an earlier year is untouched; another town's snapshot is untouched
        assertThat(stale(scope, FiscalYear.of(2021), Locale.JAPANESE)).isFalse();
        assertThat(snapshots.report(scope, FiscalYear.of(2021), Locale.JAPANESE).asOf()).isEqualTo(fy2021.asOf());
        assertThat(stale(otherTown, FY2022, Locale.JAPANESE)).isFalse();
    }

    @Test
    void a_stale_snapshot_past_the_bound_is_recomputed_on_the_spot() throws Exception {
        long town = town(2);
        ReportScope scope = ReportScope.town(town);
        CouncilReport.Report before = snapshots.report(scope, FY2022, Locale.JAPANESE).report();
        long computed = snapshots.computations(scope, FY2022, Locale.JAPANESE);
        java.time.Instant start = java.time.Instant.now().minusSeconds(1);
        registered(town, LocalDate.of(2022, 12, 1));
        CouncilReport.Report expected = council.compute(scope, FY2022, Locale.JAPANESE);
        assertThat(expected).isNotEqualTo(before);
        settle(start);
        // as if the background refresher had not run for two minutes after the change
        clock.setFixed(clock.now().plus(Duration.ofMinutes(2)));
        ReportSnapshots.Served served = snapshots.report(scope, FY2022, Locale.JAPANESE);
        assertThat(served.fresh()).isTrue();
        assertThat(served.report()).isEqualTo(expected);
        assertThat(snapshots.computations(scope, FY2022, Locale.JAPANESE)).isGreaterThan(computed);
    }

    @Test
    void profile_client_and_job_edits_mark_every_year_of_their_town_or_contractor_stale() throws Exception {
        long town = town(1);
        ReportScope townScope = ReportScope.town(town);
        ReportScope contractorScope = ReportScope.town(town).withContractor(910_000_003L);
        snapshots.report(townScope, FiscalYear.of(2021), Locale.JAPANESE);
        snapshots.report(contractorScope, FiscalYear.of(2021), Locale.JAPANESE);

        // place of work and roles are kept as they are now: an edit touches every year of the town
        long worker = jdbc.sql("SELECT min(id) FROM worker WHERE municipality_id = :t").param("t", town)
                .query(Long.class).single();
        workers.recordInvoiceRegistration(worker, Optional.empty());
        await("profile edited", () -> stale(townScope, FiscalYear.of(2021), Locale.JAPANESE));

        snapshots.refresh(ReportSnapshots.Key.of(contractorScope, FiscalYear.of(2021), Locale.JAPANESE));
        assertThat(stale(contractorScope, FiscalYear.of(2021), Locale.JAPANESE)).isFalse();
        tx.executeWithoutResult(s -> events.publishEvent(new jp.hataraku.clients.ClientChanged(1, 910_000_003L)));
        await("client edited", () -> stale(contractorScope, FiscalYear.of(2021), Locale.JAPANESE));

        snapshots.refresh(ReportSnapshots.Key.of(contractorScope, FiscalYear.of(2021), Locale.JAPANESE));
        tx.executeWithoutResult(s -> events.publishEvent(new jp.hataraku.jobs.JobTermsChanged(1, 910_000_003L)));
        await("job's terms changed", () -> stale(contractorScope, FiscalYear.of(2021), Locale.JAPANESE));
    }

    @Test
    void money_and_billing_events_mark_the_contractors_snapshots_stale_and_other_contractors_keep_theirs()
            throws Exception {
        long town = town(1);
        ReportScope mine = ReportScope.town(town).withContractor(910_000_001L);
        ReportScope theirs = ReportScope.town(town).withContractor(910_000_002L);
        for (ReportScope s : new ReportScope[] {mine, theirs}) {
            snapshots.report(s, FY2022, Locale.JAPANESE);
        }
        tx.executeWithoutResult(s -> events.publishEvent(new RewardRecorded(910_000_001L, town, 1, LocalDate.of(2022, 7, 1))));
        await("reward recorded", () -> stale(mine, FY2022, Locale.JAPANESE));
        assertThat(stale(theirs, FY2022, Locale.JAPANESE)).isFalse();
        assertThat(snapshots.report(mine, FY2022, Locale.JAPANESE).report())
                .isEqualTo(council.compute(mine, FY2022, Locale.JAPANESE));

        snapshots.refresh(ReportSnapshots.Key.of(mine, FY2022, Locale.JAPANESE));
        tx.executeWithoutResult(s -> events.publishEvent(new PayPeriodConfirmed(1, 910_000_001L,
                java.time.YearMonth.of(2022, 9), LocalDate.of(2022, 10, 25))));
        await("period confirmed", () -> stale(mine, FY2022, Locale.JAPANESE));

        snapshots.refresh(ReportSnapshots.Key.of(mine, FY2022, Locale.JAPANESE));
        tx.executeWithoutResult(s -> events.publishEvent(new BillableRecorded(910_000_001L, 1, LocalDate.of(2023, 3, 1))));
        await("billable recorded", () -> stale(mine, FY2022, Locale.JAPANESE));
        assertThat(stale(theirs, FY2022, Locale.JAPANESE)).isFalse();

        snapshots.refresh(ReportSnapshots.Key.of(mine, FY2022, Locale.JAPANESE));
        java.time.Instant start = java.time.Instant.now().minusSeconds(1);
        tx.executeWithoutResult(s -> events.publishEvent(new BillableRecorded(910_000_001L, 1, LocalDate.of(2023, 4, 1))));
        settle(start);
        assertThat(stale(mine, FY2022, Locale.JAPANESE)).as("a change in a later year").isFalse();
    }

    @Test
    void a_change_during_a_refresh_keeps_the_snapshot_stale() throws Exception {
        ReportScope scope = ReportScope.town(town(1));
        ReportSnapshots.Key key = ReportSnapshots.Key.of(scope, FY2022, Locale.JAPANESE);
        snapshots.report(scope, FY2022, Locale.JAPANESE);
        // claim as a refresh does, then a change arrives before the refresh writes
        long version = jdbc.sql("""
                UPDATE report_snapshot SET version = version + 1, refreshing = true WHERE town_id = :t
                  AND contractor_id = 0 AND fiscal_year = 2022 AND locale = :l RETURNING version""")
                .param("t", key.town()).param("l", key.locale()).query(Long.class).single();
        snapshots.changed(LocalDate.of(2022, 8, 1), Optional.of(key.town()), Optional.empty());
        int written = jdbc.sql("""
                UPDATE report_snapshot SET stale = false, refreshing = false WHERE town_id = :t
                  AND contractor_id = 0 AND fiscal_year = 2022 AND locale = :l AND version = :v""")
                .param("t", key.town()).param("l", key.locale()).param("v", version).update();
        assertThat(written).as("the refresh that claimed version " + version + " may not mark it fresh").isZero();
        assertThat(stale(scope, FY2022, Locale.JAPANESE)).isTrue();
    }

    @Test
    void a_stale_snapshot_within_the_bound_is_served_with_its_time_while_it_is_refreshed() throws Exception {
        ReportScope scope = ReportScope.town(town(2));
        ReportSnapshots.Served first = snapshots.report(scope, FY2022, Locale.JAPANESE);
        long computed = snapshots.computations(scope, FY2022, Locale.JAPANESE);
        snapshots.changed(LocalDate.of(2022, 9, 1), scope.town(), Optional.empty());
        assertThat(stale(scope, FY2022, Locale.JAPANESE)).isTrue();
        ReportSnapshots.Served served = snapshots.report(scope, FY2022, Locale.JAPANESE);
        if (!served.fresh()) {
            assertThat(served.asOf()).as("the stale report says when it was computed").isEqualTo(first.asOf());
            assertThat(served.report()).isEqualTo(first.report());
        }
        await("the background refresh", () -> snapshots.computations(scope, FY2022, Locale.JAPANESE) > computed
                && !stale(scope, FY2022, Locale.JAPANESE));
        ReportSnapshots.Served refreshed = snapshots.report(scope, FY2022, Locale.JAPANESE);
        assertThat(refreshed.fresh()).isTrue();
        assertThat(refreshed.asOf()).isAfter(first.asOf());
        assertThat(refreshed.report()).isEqualTo(council.compute(scope, FY2022, Locale.JAPANESE));
    }

    @Test
    void a_report_of_the_running_year_is_computed_again_on_the_next_day() throws Exception {
        ReportScope scope = ReportScope.town(town(1));
        FiscalYear fy2026 = FiscalYear.of(2026);
        clock.setFixed(java.time.OffsetDateTime.of(2026, 11, 10, 12, 0, 0, 0, java.time.ZoneOffset.ofHours(9)).toInstant());
        assertThat(snapshots.report(scope, fy2026, Locale.JAPANESE).report().reportDate())
                .contains(LocalDate.of(2026, 11, 10));
        assertThat(snapshots.report(scope, fy2026, Locale.JAPANESE).fresh()).isTrue();
        clock.setFixed(java.time.OffsetDateTime.of(2026, 11, 11, 12, 0, 0, 0, java.time.ZoneOffset.ofHours(9)).toInstant());
        ReportSnapshots.Served nextDay = snapshots.report(scope, fy2026, Locale.JAPANESE);
        assertThat(nextDay.fresh()).isTrue();
        assertThat(nextDay.report().reportDate()).contains(LocalDate.of(2026, 11, 11));
        assertThat(nextDay.report()).isEqualTo(council.compute(scope, fy2026, Locale.JAPANESE));
    }
}
