package jp.hataraku.reports.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;

import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.AgeBand;
import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.JapaneseDates;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.RegisterMovements;
import jp.hataraku.workers.RegisterProfile;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.Workers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The worker figures of the council report for a town (or every town; residents register with their
 * town, so a chosen contractor does not narrow them and the page says so), all read from the status
 * history through the workers module's aggregate queries — nothing typed in. By month, this year is
 * compared with the same stretch of the previous year (to the same day while this year runs).
 * "Registered now" is ACTIVE or PAUSED on the report date (terms accepted, not withdrawn);
 * "registered in total" counts every registration period that became ACTIVE up to the report date.
 */
@Service
class WorkerFigures implements FigureGroup {

    static final String EMPTY_NO_POPULATION = "reports.empty.noPopulation";
    static final String EMPTY_NO_CONSENT = "reports.empty.noConsent";

    static final List<String> IDS = List.of("registered-now", "registered-total", "withdrawn-by-reason",
            "population-share", "registrations-by-month", "withdrawals-by-month", "by-gender", "by-age-band",
            "by-place", "by-role-count", "by-circumstance");

    private final Workers workers;
    private final Organizations organizations;
    private final MessageSource messages;
    private final JapaneseDates dates;

    WorkerFigures(Workers workers, Organizations organizations, MessageSource messages, JapaneseDates dates) {
        this.workers = workers;
        this.organizations = organizations;
        this.messages = messages;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "workers";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(ReportScope scope, ReportDates reportDates, Locale locale) {
        Optional<Long> town = scope.town();
        LocalDate on = reportDates.on();
        LocalDate previousDate = reportDates.previous();
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        RegisterMovements total = workers.movementsUntil(on, town);
        Map<LocalDate, RegisterProfile> profiles = workers.registerProfilesOn(List.of(on, previousDate), town);
        RegisterProfile now = profiles.get(on);
        if (total.registrations() == 0 && now.registered() == 0) {
            return empty(CouncilReport.EMPTY_NO_DATA, reportDates, locale);
        }
        RegisterMovements totalBefore = workers.movementsUntil(previousDate, town);
        RegisterProfile before = profiles.get(previousDate);
        var statesNow = now.byStatus();
        var statesBefore = before.byStatus();
        FiscalYear year = reportDates.year();
        SortedMap<YearMonth, RegisterMovements> months = workers.movementsByMonth(year.start(), on, town);
        SortedMap<YearMonth, RegisterMovements> monthsBefore = workers.movementsByMonth(year.previous().start(),
                reportDates.previousSameDay(), town);

        List<Figure> figures = new ArrayList<>();
        figures.add(l.figure("registered-now", Figure.Kind.BARS, true, Optional.empty(),
                List.of(l.msg("reports.state.ACTIVE"), l.msg("reports.state.PAUSED"), l.msg("reports.registeredNow")),
                List.of(statesNow.get(WorkerStatus.ACTIVE), statesNow.get(WorkerStatus.PAUSED), now.registered()),
                List.of(statesBefore.get(WorkerStatus.ACTIVE), statesBefore.get(WorkerStatus.PAUSED),
                        before.registered())));
        figures.add(l.figure("registered-total", Figure.Kind.BARS, true, Optional.empty(),
                List.of(l.msg("reports.registeredTotal"), l.msg("reports.withdrawnTotal"), l.msg("reports.registeredNow")),
                List.of(total.registrations(), total.withdrawn(), now.registered()),
                List.of(totalBefore.registrations(), totalBefore.withdrawn(), before.registered())));
        figures.add(l.enumFigure("withdrawn-by-reason", WithdrawalReason.values(), "reports.reason.",
                total::withdrawn, totalBefore::withdrawn, Optional.empty()));
        figures.add(populationShare(l, town, now.registered(), before.registered()));
        List<String> monthLabels = l.months(months.keySet());
        List<RegisterMovements> monthValues = List.copyOf(months.values());
        List<RegisterMovements> monthValuesBefore = List.copyOf(monthsBefore.values());
        figures.add(l.figure("registrations-by-month", Figure.Kind.LINES, true, Optional.empty(), monthLabels,
                monthValues.stream().map(RegisterMovements::registrations).toList(),
                monthValuesBefore.stream().map(RegisterMovements::registrations).toList()));
        figures.add(l.figure("withdrawals-by-month", Figure.Kind.LINES, true, Optional.empty(), monthLabels,
                monthValues.stream().map(RegisterMovements::withdrawn).toList(),
                monthValuesBefore.stream().map(RegisterMovements::withdrawn).toList()));
        figures.add(l.enumFigure("by-gender", Gender.values(), "reports.gender.", now.byGender()::get,
                before.byGender()::get, Optional.empty()));
        Map<AgeBand, Long> bandsNow = bands(now, on);
        Map<AgeBand, Long> bandsBefore = bands(before, previousDate);
        figures.add(l.enumFigure("by-age-band", AgeBand.values(), "reports.ageBand.", bandsNow::get,
                bandsBefore::get, Optional.empty()));
        figures.add(l.enumFigure("by-place", WorkPlace.values(), "reports.place.", now.byPlace()::get,
                before.byPlace()::get, Optional.empty()));
        TreeSet<Integer> roleCounts = new TreeSet<>();
        for (int i = 1; i <= HeldRole.values().length; i++) {
            roleCounts.add(i);
        }
        roleCounts.addAll(now.byRoleCount().keySet());
        roleCounts.addAll(before.byRoleCount().keySet());
        figures.add(l.figure("by-role-count", Figure.Kind.BARS, true, Optional.empty(),
                roleCounts.stream().map(n -> l.msg("reports.roles.count", n)).toList(),
                roleCounts.stream().map(n -> now.byRoleCount().getOrDefault(n, 0L)).toList(),
                roleCounts.stream().map(n -> before.byRoleCount().getOrDefault(n, 0L)).toList()));
        figures.add(l.enumFigure("by-circumstance", Circumstance.values(), "reports.circumstance.",
                now.byCircumstance()::get, before.byCircumstance()::get,
                now.consentedCircumstances() == 0 ? Optional.of(EMPTY_NO_CONSENT) : Optional.empty(),
                now.consentedCircumstances(), before.consentedCircumstances()));
        return List.copyOf(figures);
    }

    /** Registered workers per mille of the population (= percent with one decimal), rounded half up, in integers. */
    static long perMille(long registered, long population) {
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive");
        }
        return (registered * 2000 + population) / (2 * population);
    }

    private Figure populationShare(FigureLabels l, Optional<Long> town, long now, long before) {
        long population = town.map(id -> organizations.municipality(id).map(m -> (long) m.population()).orElse(0L))
                .orElseGet(() -> organizations.municipalities().stream().mapToLong(Municipality::population).sum());
        if (population <= 0) {
            return l.figure("population-share", Figure.Kind.BARS, false, Optional.of(EMPTY_NO_POPULATION),
                    List.of(), List.of(), List.of());
        }
        return l.figure("population-share", Figure.Kind.BARS, false, Optional.empty(),
                List.of(l.msg("reports.share.category", population)),
                List.of(perMille(now, population)), List.of(perMille(before, population)));
    }

    private static Map<AgeBand, Long> bands(RegisterProfile profile, LocalDate on) {
        Map<AgeBand, Long> out = new java.util.EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            out.put(b, 0L);
        }
        profile.byAge().forEach((age, n) -> out.merge(AgeBand.of(on.minusYears(age), on), n, Long::sum));
        return out;
    }

    @Override
    public List<Figure> empty(String reason, ReportDates reportDates, Locale locale) {
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        return IDS.stream().map(id -> l.emptyFigure(id, id.endsWith("-by-month") ? Figure.Kind.LINES : Figure.Kind.BARS,
                !id.equals("population-share"), reason)).toList();
    }
}
