package jp.hataraku.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The council report served from pre-computed snapshots, kept correct when data changes.
 *
 * <p><b>Why snapshots.</b> {@link CouncilReport#compute} reads every figure from the owner modules'
 * aggregate queries; at 100,000 workers the worker figures alone take over half a second, and the
 * work and money figures read millions of task and reward records. The figures change far less often
 * than the dashboard is read, and a whole report is small (a few kB), so the report itself is the
 * pre-aggregate: one row per scope (town, contractor), fiscal year and locale in {@code report_snapshot}
 * (PostgreSQL, so every app instance behind the load balancer shares them), the
 * {@link CouncilReport.Report} as JSON written by the app's Jackson mapper (checked on write: a
 * report that does not read back equal is not stored). Per-figure running totals updated on each
 * approval were rejected: every figure group would need an incremental twin of its query that must
 * agree with it forever, and the approval path would write shared counter rows.
 *
 * <p><b>Staleness.</b> {@link ReportSnapshotListener} hears every event that changes a figure's data
 * (workers registered or changing status, tasks and time approved, deliveries accepted, team members
 * added, reward lines recorded, pay periods confirmed, billable lines recorded, invoices issued) after
 * the change commits, asynchronously (Spring Modulith's {@code @ApplicationModuleListener}: after commit,
 * on another thread, in its own transaction — the approving request never waits for it) and marks the
 * snapshots the change may touch stale: every fiscal year from the one of the change's date on
 * (cumulative figures and the next year's comparison series include it), the change's town and
 * contractor where the event names them, and every town or contractor where it does not. The update
 * only writes rows that are fresh or being refreshed, so a burst of approvals writes each row once,
 * not once per approval, and no single row is written on every approval. A report computed today also
 * goes stale at midnight (its report date is today), and {@code max-age} bounds what no event covers
 * (a town's population edited, a correction in SQL).
 *
 * <p><b>No lost change.</b> Each row carries a version. A refresh first claims the row (version + 1,
 * {@code refreshing}), then computes outside any transaction, then writes the report and clears
 * {@code stale} only if the version is still the one it claimed. A change that commits while the
 * computation runs raises the version (the row is refreshing), so that computation, which may not have
 * seen the change, never marks the row fresh; the row stays stale and is refreshed again.
 *
 * <p><b>Reading</b> ({@link #report}): a fresh snapshot is served (one primary-key SELECT and the JSON
 * read). A stale one is served with its "as of" time only while its first unseen change is at most
 * {@code max-stale} (60 s) old; the background refresher ({@link #refreshStale}, every
 * {@code tick}, one at a time, claim by row so several instances share the work) recomputes stale
 * snapshots read in the last two days, so under steady changes readers get figures at most
 * {@code max-stale} behind. Past that bound, or without any snapshot, the report is computed
 * synchronously (as before snapshots) and stored. So figures older than a data change are never shown
 * for longer than {@code max-stale} after that change's listener ran, and {@link Served#asOf()} and
 * {@link Served#fresh()} let the page say how old they are. Serving stale figures for a bounded time
 * was chosen over recomputing on every stale read because under steady approvals the running year's
 * snapshots are stale most of the time: recomputing on read would give the first reader after each
 * change the full computation (seconds at 10,000,000 task records) and gain nothing.
 *
 * <p><b>Costs and limits.</b> Each event the listener hears adds one row to Spring Modulith's event
 * publication registry in the changing transaction (as every module listener does) and, after commit,
 * one UPDATE that usually writes nothing. Several instances may refresh the same snapshot at once;
 * the version check keeps that correct, it only wastes a computation. Snapshots are per locale, so
 * each language is computed on its own. {@code hataraku.reports.snapshots.enabled=false} turns all
 * of this off (every request computes; the benchmark's baseline).
 *
 * <p><b>A new release.</b> Each snapshot records the report's definition (its sections' and figures'
 * ids, hashed); a snapshot of another definition is never served, it is computed anew. A release
 * that changes how a figure is computed without changing its id is covered by start-up: every
 * instance marks all snapshots stale when it starts, so they are refreshed within {@code max-stale}.
 */
@Service
public class ReportSnapshots {

    private static final Logger log = LoggerFactory.getLogger(ReportSnapshots.class);

    /** Snapshots not read for this many days are no longer refreshed in the background. */
    static final int READ_WINDOW_DAYS = 2;

    private final CouncilReport council;
    private final JdbcClient jdbc;
    private final TokyoClock clock;
    private final JsonMapper json;
    private final Duration maxStale;
    private final Duration maxAge;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-snapshot-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Map<Key, AtomicLong> computations = new ConcurrentHashMap<>();
    /** Keys waiting for the refresher thread (each at most once). */
    private final java.util.Set<Key> queued = ConcurrentHashMap.newKeySet();
    /** Off: every report is computed on the spot (the benchmark's baseline; a way out if snapshots misbehave). */
    private volatile boolean enabled;
    private volatile boolean stopping;
    private volatile String definition;

    ReportSnapshots(CouncilReport council, JdbcClient jdbc, TokyoClock clock, JsonMapper json,
            @Value("${hataraku.reports.snapshots.max-stale:PT60S}") Duration maxStale,
            @Value("${hataraku.reports.snapshots.max-age:PT6H}") Duration maxAge,
            @Value("${hataraku.reports.snapshots.enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.council = council;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.maxStale = maxStale;
        this.maxAge = maxAge;
    }

    /**
     * A report and when its figures were computed: {@code fresh} when no change is known since,
     * otherwise figures at most {@code max-stale} behind the latest change (a refresh is under way).
     */
    public record Served(CouncilReport.Report report, Instant asOf, boolean fresh) {
    }

    /** Where a snapshot is kept: 0 stands for every town or every contractor. */
    record Key(long town, long contractor, int fiscalYear, String locale) {

        static Key of(ReportScope scope, FiscalYear year, Locale locale) {
            return new Key(scope.town().orElse(0L), scope.contractor().orElse(0L), year.startYear(),
                    locale.toLanguageTag());
        }

        ReportScope scope() {
            return new ReportScope(town == 0 ? Optional.empty() : Optional.of(town),
                    contractor == 0 ? Optional.empty() : Optional.of(contractor));
        }

        FiscalYear year() {
            return FiscalYear.of(fiscalYear);
        }

        Locale javaLocale() {
            return Locale.forLanguageTag(locale);
        }
    }

    private record Row(String report, LocalDate reportDate, Instant computedAt, boolean stale, Instant staleSince,
            LocalDate lastReadOn, String definition) {
    }

    /** This application's report definition: a hash of every section's and figure's id, in order. */
    String definition() {
        String d = definition;
        if (d == null) {
            // a year not begun computes nothing: every group answers its empty figures, ids included
            CouncilReport.Report shape = council.compute(ReportScope.everywhere(),
                    FiscalYear.of(clock.today()).next(), Locale.JAPANESE);
            StringBuilder ids = new StringBuilder();
            shape.sections().forEach(s -> {
                ids.append(s.id()).append(':');
                s.figures().forEach(f -> ids.append(f.id()).append(','));
                ids.append(';');
            });
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(ids.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                d = java.util.HexFormat.of().formatHex(hash, 0, 12);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            definition = d;
        }
        return d;
    }

    /** A newly started instance may compute differently from the one that stored the snapshots. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void staleAfterStart() {
        jdbc.sql("""
                UPDATE report_snapshot SET stale = true, stale_since = :now, version = version + 1
                WHERE NOT stale""").param("now", ts(clock.now())).update();
    }

    /** The report of a scope, year and locale, from its snapshot when that is fresh enough (see the class). */
    public Served report(ReportScope scope, FiscalYear year, Locale locale) {
        if (!enabled) {
            return new Served(council.compute(scope, year, locale), clock.now(), true);
        }
        Key key = Key.of(scope, year, locale);
        Instant now = clock.now();
        LocalDate today = clock.today();
        Optional<Row> row = jdbc.sql("""
                SELECT report, report_date, computed_at, stale, stale_since, last_read_on, definition FROM report_snapshot
                WHERE town_id = :t AND contractor_id = :c AND fiscal_year = :y AND locale = :l""")
                .params(params(key))
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), instant(rs, 3),
                        rs.getBoolean(4), instant(rs, 5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .optional();
        if (row.isPresent() && row.get().report() != null && row.get().definition().equals(definition())) {
            Row r = row.get();
            if (!r.lastReadOn().equals(today)) {
                jdbc.sql("""
                        UPDATE report_snapshot SET last_read_on = :d
                        WHERE town_id = :t AND contractor_id = :c AND fiscal_year = :y AND locale = :l""")
                        .params(params(key)).param("d", today).update();
            }
            Optional<Instant> staleSince = staleSince(r, year, now);
            if (staleSince.isEmpty()) {
                Optional<CouncilReport.Report> report = read(r.report());
                if (report.isPresent()) {
                    return new Served(report.get(), r.computedAt(), true);
                }
            } else if (!staleSince.get().plus(maxStale).isBefore(now)) {
                Optional<CouncilReport.Report> report = read(r.report());
                if (report.isPresent()) {
                    refreshLater(key);
                    return new Served(report.get(), r.computedAt(), false);
                }
            }
        }
        return refresh(key);
    }

    /** Since when the snapshot is behind: a change seen, another report date, or too old; empty when fresh. */
    private Optional<Instant> staleSince(Row r, FiscalYear year, Instant now) {
        if (r.stale()) {
            return Optional.of(r.staleSince() == null ? Instant.EPOCH : r.staleSince());
        }
        if (!Objects.equals(council.reportDate(year).orElse(null), r.reportDate())) {
            return Optional.of(clock.today().atStartOfDay(TokyoClock.ZONE).toInstant());
        }
        if (r.computedAt().plus(maxAge).isBefore(now)) {
            return Optional.of(r.computedAt().plus(maxAge));
        }
        return Optional.empty();
    }

    /**
     * Computes the report now and stores it as fresh unless a change arrived meanwhile (then the row
     * stays stale and is refreshed again); returns what it computed either way.
     */
    Served refresh(Key key) {
        Instant started = clock.now().truncatedTo(ChronoUnit.MICROS);
        long version = jdbc.sql("""
                INSERT INTO report_snapshot (town_id, contractor_id, fiscal_year, locale, stale, stale_since, refreshing,
                    version, last_read_on)
                VALUES (:t, :c, :y, :l, true, :now, true, 1, :today)
                ON CONFLICT (town_id, contractor_id, fiscal_year, locale)
                DO UPDATE SET version = report_snapshot.version + 1, refreshing = true
                RETURNING version""")
                .params(params(key)).param("now", ts(started)).param("today", clock.today())
                .query(Long.class).single();
        long t0 = System.nanoTime();
        CouncilReport.Report report = council.compute(key.scope(), key.year(), key.javaLocale());
        computations.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        int ms = (int) ((System.nanoTime() - t0) / 1_000_000);
        String text = json.writeValueAsString(report);
        if (!read(text).filter(report::equals).isPresent()) {
            log.warn("report {} does not read back equal from JSON; not stored", key);
            return new Served(report, started, true);
        }
        jdbc.sql("""
                UPDATE report_snapshot SET report = :r, report_date = :d, computed_at = :at, compute_ms = :ms,
                    stale = false, stale_since = NULL, refreshing = false, definition = :def
                WHERE town_id = :t AND contractor_id = :c AND fiscal_year = :y AND locale = :l AND version = :v""")
                .params(params(key)).param("r", text).param("d", report.reportDate().orElse(null))
                .param("at", ts(started)).param("ms", ms).param("v", version).param("def", definition()).update();
        return new Served(report, started, true);
    }

    /** Queues a refresh of the key on the refresher thread unless one is queued already. */
    private void refreshLater(Key key) {
        if (queued.add(key)) {
            try {
                refresher.execute(() -> {
                    queued.remove(key);
                    if (stopping) {
                        return;
                    }
                    try {
                        if (isStale(key)) {
                            refresh(key);
                        }
                    } catch (RuntimeException e) {
                        log.warn("refreshing report snapshot {} failed", key, e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.remove(key);
            }
        }
    }

    private boolean isStale(Key key) {
        return jdbc.sql("""
                SELECT stale FROM report_snapshot
                WHERE town_id = :t AND contractor_id = :c AND fiscal_year = :y AND locale = :l""")
                .params(params(key)).query(Boolean.class).optional().orElse(true);
    }

    /**
     * The background refresher's tick: marks snapshots whose report date passed or that are older than
     * {@code max-age} stale, then queues the stale snapshots read in the last days, oldest change first,
     * for the refresher thread (the scheduler's thread, shared with other modules, never computes).
     */
    @Scheduled(fixedDelayString = "${hataraku.reports.snapshots.tick:PT10S}",
            initialDelayString = "${hataraku.reports.snapshots.tick:PT10S}")
    void refreshStale() {
        if (!enabled) {
            return;
        }
        Instant now = clock.now();
        LocalDate today = clock.today();
        int current = FiscalYear.of(today).startYear();
        jdbc.sql("""
                UPDATE report_snapshot SET stale = true, stale_since = :now, version = version + 1
                WHERE NOT stale AND report IS NOT NULL AND (
                      (fiscal_year = :fy AND report_date IS DISTINCT FROM :today)
                   OR (fiscal_year < :fy AND report_date IS DISTINCT FROM make_date(fiscal_year + 1, 3, 31))
                   OR computed_at < :oldest)""")
                .param("now", ts(now)).param("fy", current).param("today", today).param("oldest", ts(now.minus(maxAge)))
                .update();
        List<Key> stale = jdbc.sql("""
                SELECT town_id, contractor_id, fiscal_year, locale FROM report_snapshot
                WHERE stale AND last_read_on >= :since ORDER BY stale_since LIMIT 50""")
                .param("since", today.minusDays(READ_WINDOW_DAYS))
                .query((rs, n) -> new Key(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list();
        stale.forEach(this::refreshLater);
    }

    /**
     * Marks stale every snapshot a change may touch: the fiscal year of {@code on} and later, the
     * town and contractor when known (empty = any). Writes only rows that are fresh or being refreshed.
     */
    void changed(LocalDate on, Optional<Long> town, Optional<Long> contractor) {
        jdbc.sql("""
                UPDATE report_snapshot SET stale = true, stale_since = coalesce(stale_since, :now), version = version + 1
                WHERE (NOT stale OR refreshing) AND fiscal_year >= :fy
                  AND (:town = 0 OR town_id = 0 OR town_id = :town)
                  AND (:contractor = 0 OR contractor_id = 0 OR contractor_id = :contractor)""")
                .param("now", ts(clock.now())).param("fy", FiscalYear.of(on).startYear()).param("town", town.orElse(0L))
                .param("contractor", contractor.orElse(0L)).update();
    }

    /** Waits until the refresher thread has run every refresh queued before this call (tests). */
    void awaitRefresher() throws Exception {
        refresher.submit(() -> { }).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    void enabled(boolean on) {
        enabled = on;
    }

    /** How many times the report of a key was computed by this instance (for tests and the benchmark). */
    long computations(ReportScope scope, FiscalYear year, Locale locale) {
        AtomicLong n = computations.get(Key.of(scope, year, locale));
        return n == null ? 0 : n.get();
    }

    /** How many reports this instance computed for its snapshots, all keys. */
    long computations() {
        return computations.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private Optional<CouncilReport.Report> read(String text) {
        try {
            return Optional.of(json.readValue(text, CouncilReport.Report.class));
        } catch (RuntimeException e) {
            log.warn("a stored report snapshot could not be read", e);
            return Optional.empty();
        }
    }

    private static Map<String, Object> params(Key key) {
        return Map.of("t", key.town(), "c", key.contractor(), "y", key.fiscalYear(), "l", key.locale());
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    /** Lets a running refresh finish (its connection must not be pulled away) and drops the queued ones. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        refresher.shutdown();
        if (!refresher.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
            refresher.shutdownNow();
        }
    }
}
