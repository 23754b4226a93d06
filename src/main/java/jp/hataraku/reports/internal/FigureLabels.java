package jp.hataraku.reports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.shared.JapaneseDates;
import org.springframework.context.MessageSource;

/**
 * Titles, descriptions and labels of figures in the reader's language. A figure's texts are the
 * messages {@code reports.figure.<id>.title}, {@code .desc} (with the report date and the previous
 * report date as {0} and {1}, then any extra arguments) and {@code .unit}; its two series are named
 * after this fiscal year and the previous one.
 */
final class FigureLabels {

    final Locale locale;
    final ReportDates dates;
    private final MessageSource messages;
    private final String series;
    private final String previousSeries;
    private final String on;
    private final String previousOn;

    FigureLabels(MessageSource messages, JapaneseDates japaneseDates, Locale locale, ReportDates dates) {
        this.messages = messages;
        this.locale = locale;
        this.dates = dates;
        this.series = dates.year().label(locale);
        this.previousSeries = dates.year().previous().label(locale);
        this.on = japaneseDates.display(dates.on(), locale);
        this.previousOn = japaneseDates.display(dates.previous(), locale);
    }

    String msg(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** A figure of this year's values and the previous year's, or empty for the reason. */
    Figure figure(String id, Figure.Kind kind, boolean counts, Optional<String> empty, List<String> categories,
            List<Long> values, List<Long> previous, Object... extra) {
        ChartData data = empty.isPresent() ? new ChartData(List.of(), List.of())
                : new ChartData(categories, List.of(new ChartData.Series(series, values),
                        new ChartData.Series(previousSeries, previous)));
        Object[] args = new Object[2 + extra.length];
        args[0] = on;
        args[1] = previousOn;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new Figure(id, msg("reports.figure." + id + ".title"), msg("reports.figure." + id + ".desc", args),
                msg("reports.figure." + id + ".unit"), kind, data, counts, empty);
    }

    /** A figure with one category per constant of an enum, labelled by the messages {@code prefix + name}. */
    <E extends Enum<E>> Figure enumFigure(String id, E[] keys, String prefix, Function<E, Long> now,
            Function<E, Long> before, Optional<String> empty, Object... extra) {
        List<E> all = List.of(keys);
        return figure(id, Figure.Kind.BARS, true, empty, all.stream().map(k -> msg(prefix + k.name())).toList(),
                all.stream().map(now).toList(), all.stream().map(before).toList(), extra);
    }

    /** The reason when {@code empty}, none otherwise: for a figure's empty state. */
    static Optional<String> emptyIf(boolean empty, String reason) {
        return empty ? Optional.of(reason) : Optional.empty();
    }

    /** The months as category labels in the reader's language (4月 …, Apr …). */
    List<String> months(java.util.Collection<java.time.YearMonth> months) {
        return months.stream().map(m -> m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale)).toList();
    }

    /** The figure with no data, for the reason. */
    Figure emptyFigure(String id, Figure.Kind kind, boolean counts, String reason) {
        return figure(id, kind, counts, Optional.of(reason), List.of(), List.of(), List.of());
    }
}
