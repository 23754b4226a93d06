package jp.hataraku.shared;

import java.text.NumberFormat;
import java.util.Locale;

/** An amount of money in whole yen. Never a floating-point number; overflow throws. */
public record Yen(long amount) implements Comparable<Yen> {

    public static final Yen ZERO = new Yen(0);

    public static Yen of(long amount) {
        return new Yen(amount);
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(amount, other.amount));
    }

    public Yen minus(Yen other) {
        return new Yen(Math.subtractExact(amount, other.amount));
    }

    public Yen times(long factor) {
        return new Yen(Math.multiplyExact(amount, factor));
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean isZero() {
        return amount == 0;
    }

    /** "¥1,234" (and "-¥1,234"). */
    public String format() {
        return (amount < 0 ? "-¥" : "¥") + grouped();
    }

    /** "1,234円" (and "-1,234円"). */
    public String formatJa() {
        return (amount < 0 ? "-" : "") + grouped() + "円";
    }

    /** "1,234円" in Japanese, "¥1,234" in English. */
    public String format(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? format() : formatJa();
    }

    private String grouped() {
        String digits = NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
        return digits.startsWith("-") ? digits.substring(1) : digits;
    }

    /**
     * Reads a typed amount: "1234", "1,234", "¥1,234", "1,234円", full-width. Errors:
     * {@code shared.yen.empty}, {@code shared.yen.format}.
     */
    public static Parsed<Yen> parse(String text) {
        String compact = JapaneseText.nfkc(text).replaceAll("[\\s,¥\\\\円]", "");
        if (compact.isEmpty()) {
            return Parsed.error("shared.yen.empty");
        }
        if (!compact.matches("-?[0-9]{1,18}")) {
            return Parsed.error("shared.yen.format");
        }
        return Parsed.ok(new Yen(Long.parseLong(compact)));
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
