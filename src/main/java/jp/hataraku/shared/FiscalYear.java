package jp.hataraku.shared;

import java.time.LocalDate;
import java.util.Locale;

/** A Japanese fiscal year (年度): April 1 to March 31, named by the year it starts in. */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a date falls in: 2026-03-31 is in 2025年度, 2026-04-01 in 2026年度. */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** "2025年度" in Japanese, "FY2025" in English. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "FY" + startYear : startYear + "年度";
    }

    /** "2025年度（令和7年度）": the era year of the fiscal year's start. */
    public String labelWithEra() {
        return startYear + "年度（" + Era.of(start()).yearLabel(start()) + "度）";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
