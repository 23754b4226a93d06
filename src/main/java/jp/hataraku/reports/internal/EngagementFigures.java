package jp.hataraku.reports.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.Jobs.PlaceCounts;
import jp.hataraku.jobs.Jobs.WorkPlaces;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.reports.Figure;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The engagement figures of the council report. Active workers per month are the distinct workers
 * with a reward for approved work (task or time, not adjustments) approved in the month, residents
 * of the town (payouts' reward lines carry the worker's town). Hours per month and where work was
 * done come from the jobs module over the contractors of {@link WorkScope}. By month, this year is
 * compared with the same stretch of the previous year; by place, with the whole previous year.
 */
@Service
class EngagementFigures implements FigureGroup {

    static final String EMPTY_NO_ACTIVITY = "reports.empty.noActivity";
    static final String EMPTY_NO_CENTRE_NETWORKS = "reports.empty.noCentreNetworks";

    static final List<String> IDS = List.of("active-workers-by-month", "hours-by-month", "submissions-by-place",
            "time-by-place");

    private final Payouts payouts;
    private final Jobs jobs;
    private final Organizations organizations;
    private final MessageSource messages;
    private final JapaneseDates dates;

    EngagementFigures(Payouts payouts, Jobs jobs, Organizations organizations, MessageSource messages,
            JapaneseDates dates) {
        this.payouts = payouts;
        this.jobs = jobs;
        this.organizations = organizations;
        this.messages = messages;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "engagement";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures(ReportScope scope, ReportDates reportDates, Locale locale) {
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        FiscalYear year = reportDates.year();
        LocalDate from = year.start();
        LocalDate on = reportDates.on();
        LocalDate previousFrom = year.previous().start();
        Optional<Set<Long>> contractors = WorkScope.contractors(scope, organizations);

        List<Figure> figures = new ArrayList<>();
        SortedMap<YearMonth, Long> active = payouts.activeWorkersByMonth(from, on, scope.town(), scope.contractor());
        SortedMap<YearMonth, Long> activeBefore = payouts.activeWorkersByMonth(previousFrom,
                reportDates.previousSameDay(), scope.town(), scope.contractor());
        List<String> months = l.months(active.keySet());
        figures.add(l.figure("active-workers-by-month", Figure.Kind.LINES, true,
                FigureLabels.emptyIf(allZero(active) && allZero(activeBefore), EMPTY_NO_ACTIVITY), months,
                List.copyOf(active.values()), List.copyOf(activeBefore.values())));

        SortedMap<YearMonth, Long> minutes = jobs.minutesWorkedByMonth(from, on, contractors);
        SortedMap<YearMonth, Long> minutesBefore = jobs.minutesWorkedByMonth(previousFrom,
                reportDates.previousSameDay(), contractors);
        figures.add(l.figure("hours-by-month", Figure.Kind.LINES, false,
                FigureLabels.emptyIf(allZero(minutes) && allZero(minutesBefore), EMPTY_NO_ACTIVITY), months,
                minutes.values().stream().map(EngagementFigures::hours).toList(),
                minutesBefore.values().stream().map(EngagementFigures::hours).toList()));

        WorkPlaces places = jobs.workPlaces(from, on, contractors);
        WorkPlaces placesBefore = jobs.workPlaces(previousFrom, reportDates.previous(), contractors);
        figures.add(placeFigure(l, "submissions-by-place", places.submissions(), placesBefore.submissions()));
        figures.add(placeFigure(l, "time-by-place", places.timeLogMinutes(), placesBefore.timeLogMinutes()));
        return List.copyOf(figures);
    }

    /** Whole hours of the minutes, rounded down. */
    static long hours(long minutes) {
        return minutes / 60;
    }

    private static boolean allZero(SortedMap<YearMonth, Long> values) {
        return values.values().stream().allMatch(v -> v == 0);
    }

    private Figure placeFigure(FigureLabels l, String id, PlaceCounts now, PlaceCounts before) {
        Optional<String> reason = now.total() == 0 && before.total() == 0 ? Optional.of(EMPTY_NO_ACTIVITY)
                : now.home() + now.centre() + before.home() + before.centre() == 0
                        ? Optional.of(EMPTY_NO_CENTRE_NETWORKS) : Optional.empty();
        return l.figure(id, Figure.Kind.BARS, false, reason,
                List.of(l.msg("reports.workPlace.HOME"), l.msg("reports.workPlace.CENTRE"),
                        l.msg("reports.workPlace.UNKNOWN")),
                List.of(now.home(), now.centre(), now.unknown()), List.of(before.home(), before.centre(), before.unknown()));
    }

    @Override
    public List<Figure> empty(String reason, ReportDates reportDates, Locale locale) {
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        return IDS.stream().map(id -> l.emptyFigure(id, id.endsWith("-by-month") ? Figure.Kind.LINES : Figure.Kind.BARS,
                id.equals("active-workers-by-month"), reason)).toList();
    }
}
