package jp.hataraku.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as people write them in rosters and forms: {@code 2023/4/1}, {@code 2023-04-01},
 * {@code 2023.4.1}, {@code 20230401}, {@code 2023年4月1日}, {@code R5.4.1}, {@code R5/4/1},
 * {@code 令和5年4月1日}, {@code 令和元年5月1日}, {@code H31.4.30}, {@code S60.1.1}, in full- or
 * half-width, with a spreadsheet's time after the day ({@code 2023/04/01 0:00:00}) ignored. Never throws: errors are message codes {@code shared.date.empty},
 * {@code shared.date.format}, {@code shared.date.invalid} (no such day) and
 * {@code shared.date.era} (the day is not in that era, e.g. H31.5.1).
 */
public final class FlexibleDateParser {

    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\s*\\.?\\s*(\\d{1,2}|元)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private FlexibleDateParser() {
    }

    public static Parsed<LocalDate> parse(String text) {
        String input = TIME.matcher(JapaneseText.nfkc(text).replace('－', '-').replace('−', '-')).replaceFirst("");
        if (input.isEmpty()) {
            return Parsed.error("shared.date.empty");
        }
        Matcher m = GREGORIAN.matcher(input);
        if (m.matches()) {
            return date(num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        m = COMPACT.matcher(input);
        if (m.matches()) {
            return date(num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        m = ERA.matcher(input);
        if (m.matches()) {
            Optional<Era> era = Era.byKanjiOrLetter(m.group(1));
            if (era.isEmpty()) {
                return Parsed.error("shared.date.format");
            }
            int eraYear = "元".equals(m.group(2)) ? 1 : num(m.group(2));
            if (eraYear < 1) {
                return Parsed.error("shared.date.invalid");
            }
            Parsed<LocalDate> date = date(era.get().gregorianYear(eraYear), num(m.group(3)), num(m.group(4)));
            if (date.isValid() && !era.get().contains(date.get())) {
                return Parsed.error("shared.date.era");
            }
            return date;
        }
        return Parsed.error("shared.date.format");
    }

    /** The date, or empty when the text is not one. */
    public static Optional<LocalDate> parseOptional(String text) {
        return parse(text).optional();
    }

    private static Parsed<LocalDate> date(int year, int month, int day) {
        try {
            return Parsed.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Parsed.error("shared.date.invalid");
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
