package jp.hataraku.reports.internal;

import java.util.Locale;
import java.util.Optional;

import jp.hataraku.shared.FiscalYear;
import org.springframework.context.ApplicationContext;

/** What the reports benchmark ({@code jp.hataraku.bench.ReportsBench}) needs of the package: the switch and the counter. */
public final class SnapshotsForBench {

    private SnapshotsForBench() {
    }

    /** Snapshots on, or off (every page computes its report, as before snapshots). */
    public static void enable(ApplicationContext ctx, boolean on) {
        ctx.getBean(ReportSnapshots.class).enabled(on);
    }

    /** How many times this instance computed the report of a town (empty = every town), year and locale. */
    public static long computations(ApplicationContext ctx, Optional<Long> town, int year, Locale locale) {
        return ctx.getBean(ReportSnapshots.class).computations(new ReportScope(town, Optional.empty()),
                FiscalYear.of(year), locale);
    }

    /** How many reports this instance computed for its snapshots, all keys. */
    public static long computations(ApplicationContext ctx) {
        return ctx.getBean(ReportSnapshots.class).computations();
    }

    /** A data change as a listener would report it: the town's snapshots from the date's year on go stale. */
    public static void changed(ApplicationContext ctx, java.time.LocalDate on, long town) {
        ctx.getBean(ReportSnapshots.class).changed(on, Optional.of(town), Optional.empty());
    }
}
