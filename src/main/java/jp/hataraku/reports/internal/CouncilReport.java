package jp.hataraku.reports.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.reports.Figure;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The council report of a scope and fiscal year: every section's figures on the report date. The
 * report date is the fiscal year's last day, or today while the year runs; a year not begun has
 * none and every figure says so. A report whose figures are all empty says there is no data yet —
 * never a zero that looks like a fact.
 */
@Service
public class CouncilReport {

    static final String EMPTY_FUTURE = "reports.empty.future";
    static final String EMPTY_NO_DATA = "reports.empty.noData";

    private final List<FigureGroup> groups;
    private final MessageSource messages;
    private final TokyoClock clock;

    CouncilReport(List<FigureGroup> groups, MessageSource messages, TokyoClock clock) {
        this.groups = groups.stream().sorted(Comparator.comparingInt(FigureGroup::order)).toList();
        this.messages = messages;
        this.clock = clock;
    }

    /** One section: its id, its title in the reader's language, its figures. */
    public record Section(String id, String title, List<Figure> figures) {
    }

    /** The figures and the dates they were computed on; {@code emptyReason} when the whole report has nothing. */
    public record Report(FiscalYear year, Optional<LocalDate> reportDate, LocalDate previousReportDate,
            Optional<String> emptyReason, List<Section> sections) {

        /** Every figure, section after section. */
        public List<Figure> figures() {
            return sections.stream().flatMap(s -> s.figures().stream()).toList();
        }
    }

    /** The report date of a fiscal year: its last day, today while it runs, empty when it has not begun. */
    public Optional<LocalDate> reportDate(FiscalYear year) {
        LocalDate today = clock.today();
        if (year.start().isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(year.contains(today) ? today : year.end());
    }

    public Report compute(ReportScope scope, FiscalYear year, Locale locale) {
        LocalDate previous = year.previous().end();
        Optional<LocalDate> date = reportDate(year);
        if (date.isEmpty()) {
            ReportDates dates = new ReportDates(year, year.end(), previous);
            List<Section> sections = groups.stream()
                    .map(g -> section(g, g.empty(EMPTY_FUTURE, dates, locale), locale)).toList();
            return new Report(year, Optional.empty(), previous, Optional.of(EMPTY_FUTURE), sections);
        }
        ReportDates dates = new ReportDates(year, date.get(), previous);
        List<Section> sections = groups.stream().map(g -> section(g, g.figures(scope, dates, locale), locale)).toList();
        boolean nothing = sections.stream().flatMap(s -> s.figures().stream()).allMatch(Figure::isEmpty);
        return new Report(year, date, previous, nothing ? Optional.of(EMPTY_NO_DATA) : Optional.empty(), sections);
    }

    private Section section(FigureGroup group, List<Figure> figures, Locale locale) {
        return new Section(group.id(), messages.getMessage("reports.section." + group.id(), null, locale), figures);
    }
}
