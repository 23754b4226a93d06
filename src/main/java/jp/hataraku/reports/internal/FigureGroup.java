package jp.hataraku.reports.internal;

import java.util.List;
import java.util.Locale;

import jp.hataraku.reports.Figure;

/**
 * One section of the council report (workers, work and money, engagement, WORK TRIP): its figures
 * for a scope on the report dates, each with this year and the previous one as its two series, or
 * with an empty reason instead of data. {@link #order()} places the section in the report.
 */
interface FigureGroup {

    /** A stable id, also the section's message key {@code reports.section.<id>}. */
    String id();

    int order();

    /** The section's figures; never throws for a scope without data (each figure says it is empty). */
    List<Figure> figures(ReportScope scope, ReportDates dates, Locale locale);

    /** The section's figures, all empty for the reason (a message code), when there is no date to compute on. */
    List<Figure> empty(String reason, ReportDates dates, Locale locale);
}
