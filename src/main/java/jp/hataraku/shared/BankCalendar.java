package jp.hataraku.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Japanese bank business days (RULES-JP §4): not a Saturday or Sunday, not a national holiday, and
 * not a bank holiday at the turn of the year (12-31 to 01-03). National holidays come from the
 * maintained data set {@code @holiday-jp/holiday_jp} committed at {@code calendar/holidays-jp.tsv}
 * (refreshed by {@code scripts/refresh-holidays.sh}), never a hand-typed list. A date beyond the
 * data's last year is refused rather than guessed.
 */
public final class BankCalendar {

    static final String RESOURCE = "calendar/holidays-jp.tsv";

    private static volatile BankCalendar japan;

    private final Map<LocalDate, String> holidays;
    private final String source;
    private final int lastYear;

    BankCalendar(Map<LocalDate, String> holidays, String source) {
        this.holidays = Map.copyOf(holidays);
        this.source = source;
        this.lastYear = holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(0);
    }

    /** The calendar from the committed holiday data (read once). */
    public static BankCalendar japan() {
        BankCalendar calendar = japan;
        if (calendar == null) {
            synchronized (BankCalendar.class) {
                if (japan == null) {
                    japan = load(RESOURCE);
                }
                calendar = japan;
            }
        }
        return calendar;
    }

    static BankCalendar load(String resource) {
        InputStream in = BankCalendar.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("holiday data missing: " + resource);
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        String source = "";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# source: ")) {
                    source = line.substring("# source: ".length());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    holidays.put(LocalDate.parse(cells[0]), cells.length > 1 ? cells[1] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BankCalendar(holidays, source);
    }

    /** "npm @holiday-jp/holiday_jp 2.5.1 (MIT License), 1970-01-01 to 2050-11-23", for screens. */
    public String source() {
        return source;
    }

    /** The last calendar year the holiday data covers. */
    public int lastYear() {
        return lastYear;
    }

    /** The national holiday's name on {@code date}, if it is one. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public boolean isBusinessDay(LocalDate date) {
        if (date.getYear() > lastYear) {
            throw new IllegalArgumentException("holiday data ends in " + lastYear + ": " + date);
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        int month = date.getMonthValue();
        int dom = date.getDayOfMonth();
        if (month == 12 && dom == 31 || month == 1 && dom <= 3) {
            return false;
        }
        return !holidays.containsKey(date);
    }

    /** {@code date} when it is a business day, else the latest business day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code date} when it is a business day, else the first business day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
