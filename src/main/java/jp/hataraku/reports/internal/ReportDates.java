package jp.hataraku.reports.internal;

import java.time.LocalDate;

import jp.hataraku.shared.FiscalYear;

/**
 * The dates a report is computed on: {@code on} is the fiscal year's last day, or today while the
 * year runs; {@code previous} is the previous fiscal year's last day (the comparison). Figures by
 * month compare with the same stretch of the previous year, to {@code on} minus one year.
 */
public record ReportDates(FiscalYear year, LocalDate on, LocalDate previous) {

    public ReportDates {
        if (!year.contains(on) || !year.previous().contains(previous)) {
            throw new IllegalArgumentException("report dates must fall in the year and the year before: " + on
                    + ", " + previous);
        }
    }

    /** The last day of the previous year's stretch that matches this year's (for figures by month). */
    public LocalDate previousSameDay() {
        return on.minusYears(1);
    }
}
