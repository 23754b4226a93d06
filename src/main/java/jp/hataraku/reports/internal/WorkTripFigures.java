package jp.hataraku.reports.internal;

import java.util.List;
import java.util.Locale;

import jp.hataraku.reports.Figure;
import jp.hataraku.shared.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The WORK TRIP figures of the council report (stays per month by purpose, companies hosted, visitors
 * who later became clients and the orders they placed). The WORK TRIP module does not exist yet, so
 * every figure is an empty state saying so — never made-up numbers. When the module comes, its
 * aggregate queries replace {@link #figures}.
 */
@Service
class WorkTripFigures implements FigureGroup {

    static final String EMPTY_NO_WORK_TRIP = "reports.empty.noWorkTrip";

    static final List<String> IDS = List.of("worktrip-stays-by-month", "worktrip-companies", "worktrip-new-clients",
            "worktrip-client-orders");

    private final MessageSource messages;
    private final JapaneseDates dates;

    WorkTripFigures(MessageSource messages, JapaneseDates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "worktrip";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Figure> figures(ReportScope scope, ReportDates reportDates, Locale locale) {
        return empty(EMPTY_NO_WORK_TRIP, reportDates, locale);
    }

    @Override
    public List<Figure> empty(String reason, ReportDates reportDates, Locale locale) {
        FigureLabels l = new FigureLabels(messages, dates, locale, reportDates);
        return IDS.stream().map(id -> l.emptyFigure(id, id.endsWith("-by-month") ? Figure.Kind.LINES : Figure.Kind.BARS,
                !id.equals("worktrip-client-orders"), reason)).toList();
    }
}
