package jp.hataraku.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Japanese eras (元号) from Meiji 6 (1873, when Japan adopted the Gregorian calendar). 令和 N =
 * 2018 + N; 令和元年 begins on 2019-05-01, 平成 runs from 1989-01-08 to 2019-04-30.
 */
public enum Era {
    MEIJI("明治", 'M', LocalDate.of(1868, 1, 25)),
    TAISHO("大正", 'T', LocalDate.of(1912, 7, 30)),
    SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
    HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
    REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

    /** Before this date Japan did not use the Gregorian calendar, so no era date is shown. */
    public static final LocalDate EARLIEST = LocalDate.of(1873, 1, 1);

    private final String kanji;
    private final char letter;
    private final LocalDate firstDay;

    Era(String kanji, char letter, LocalDate firstDay) {
        this.kanji = kanji;
        this.letter = letter;
        this.firstDay = firstDay;
    }

    public String kanji() {
        return kanji;
    }

    public char letter() {
        return letter;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day of this era; empty for the current one. */
    public Optional<LocalDate> lastDay() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1].firstDay.minusDays(1))
                : Optional.empty();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && lastDay().map(last -> !date.isAfter(last)).orElse(true);
    }

    /** The era of a date from 1873 on. */
    public static Era of(LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("no era date before 1873: " + date);
        }
        Era[] eras = values();
        for (int i = eras.length - 1; i >= 0; i--) {
            if (!date.isBefore(eras[i].firstDay)) {
                return eras[i];
            }
        }
        throw new IllegalStateException();
    }

    public static Optional<Era> byKanjiOrLetter(String text) {
        for (Era era : values()) {
            if (era.kanji.equals(text) || (text.length() == 1 && Character.toUpperCase(text.charAt(0)) == era.letter)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    /** The year of this era in which {@code date} falls: 1 for 元年. */
    public int yearOf(LocalDate date) {
        return date.getYear() - firstDay.getYear() + 1;
    }

    /** The Gregorian year of era year {@code eraYear}. */
    public int gregorianYear(int eraYear) {
        return firstDay.getYear() + eraYear - 1;
    }

    /** "令和7年", "令和元年". */
    public String yearLabel(LocalDate date) {
        int year = yearOf(date);
        return kanji + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }
}
