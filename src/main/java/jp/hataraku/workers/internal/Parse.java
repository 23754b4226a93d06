package jp.hataraku.workers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import jp.hataraku.shared.JapaneseText;

/** Lenient parsing of what people type; null when it does not parse. */
final class Parse {

    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・゛゜\\s\u3000]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Parse() {
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(JapaneseText.nfkc(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(JapaneseText.nfkc(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The values as an enum set, or null if any is not a value of the enum. */
    static <E extends Enum<E>> Set<E> setOf(Class<E> type, Collection<String> values) {
        Set<E> set = EnumSet.noneOf(type);
        for (String v : values) {
            E e = oneOf(type, v);
            if (e == null) {
                return null;
            }
            set.add(e);
        }
        return set;
    }

    static boolean isKana(String s) {
        return s != null && KANA.matcher(JapaneseText.nfkc(s)).matches();
    }

    static boolean isEmail(String s) {
        return s != null && s.length() <= 254 && EMAIL.matcher(s.strip()).matches();
    }

    /** 7 digits, with or without a hyphen, any width: "389-0111" → "3890111". */
    static String postalCode(String s) {
        String digits = JapaneseText.nfkc(s).replace("-", "").replace("ー", "").replace("−", "");
        return digits.matches("[0-9]{7}") ? digits : null;
    }

    /** Digits and hyphens, 10 or 11 digits. */
    static String phone(String s) {
        String n = JapaneseText.nfkc(s).replace("−", "-").replace("ー", "-");
        if (!n.matches("[0-9-]+")) {
            return null;
        }
        int digits = n.replace("-", "").length();
        return digits == 10 || digits == 11 ? n : null;
    }
}
