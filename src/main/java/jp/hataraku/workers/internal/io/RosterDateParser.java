package jp.hataraku.workers.internal.io;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people type into a roster: 2023/4/1, 2023-04-01, 2023.4.1, 20230401,
 * 2023年4月1日, and Japanese era dates R5.4.1, 令和5年4月1日, 令和元年5月1日, H31.4.30 (M, T, S,
 * H, R and 明治, 大正, 昭和, 平成, 令和), in full- or half-width, with an Excel time such as
 * " 0:00:00" after it ignored. An era date must fall inside its era (H31.5.1 is refused: that
 * day is R1.5.1), and a day that does not exist (2023/2/30) is refused.
 */
public final class RosterDateParser {

    private enum Era {
        MEIJI("M", "明治", LocalDate.of(1868, 1, 25)),
        TAISHO("T", "大正", LocalDate.of(1912, 7, 30)),
        SHOWA("S", "昭和", LocalDate.of(1926, 12, 25)),
        HEISEI("H", "平成", LocalDate.of(1989, 1, 8)),
        REIWA("R", "令和", LocalDate.of(2019, 5, 1));

        final String letter;
        final String kanji;
        final LocalDate start;

        Era(String letter, String kanji, LocalDate start) {
            this.letter = letter;
            this.kanji = kanji;
            this.start = start;
        }

        static Era of(String name) {
            for (Era era : values()) {
                if (era.letter.equalsIgnoreCase(name) || era.kanji.equals(name)) {
                    return era;
                }
            }
            return null;
        }

        LocalDate end() {
            return ordinal() + 1 < values().length ? values()[ordinal() + 1].start : LocalDate.MAX;
        }
    }

    private static final Pattern TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHR])\\s*(\\d{1,2}|元)\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})\\s*日?",
            Pattern.CASE_INSENSITIVE);

    private RosterDateParser() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TIME.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceFirst("");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WESTERN.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = ERA.matcher(s);
        if (m.matches()) {
            Era era = Era.of(m.group(1).toUpperCase(Locale.ROOT));
            int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
            if (era == null || year < 1) {
                return Optional.empty();
            }
            return date(String.valueOf(era.start.getYear() + year - 1), m.group(3), m.group(4))
                    .filter(d -> !d.isBefore(era.start) && d.isBefore(era.end()));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
