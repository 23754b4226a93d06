package jp.hataraku.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as people in Japan read them, for pages and documents. A bean named {@code dates}, so
 * templates write {@code ${@dates.both(worker.registeredOn)}}. Null dates show as empty text.
 */
@Component("dates")
public class JapaneseDates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** "令和7年4月1日"; a date before 1873 falls back to the Gregorian form. */
    public String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (date.isBefore(Era.EARLIEST)) {
            return seireki(date);
        }
        return Era.of(date).yearLabel(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "2025年4月1日". */
    public String seireki(LocalDate date) {
        if (date == null) {
            return "";
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "2025年4月1日（令和7年）": both calendars, as RULES-JP §6 asks. */
    public String both(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (date.isBefore(Era.EARLIEST)) {
            return seireki(date);
        }
        return seireki(date) + "（" + Era.of(date).yearLabel(date) + "）";
    }

    /** {@link #both} in Japanese, "1 Apr 2025" in English. */
    public String display(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH.format(date) : both(date);
    }

    /** "2025年度" / "FY2025". */
    public String fiscalYear(LocalDate date, Locale locale) {
        return date == null ? "" : FiscalYear.of(date).label(locale);
    }
}
