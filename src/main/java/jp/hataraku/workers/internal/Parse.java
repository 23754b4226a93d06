package jp.hataraku.workers.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.PhoneNumber;
import jp.hataraku.shared.PostalCode;

/** Lenient parsing of what people type; null when it does not parse. */
final class Parse {

    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・゛゜\\s\u3000]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Parse() {
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** A date as people write it ({@link FlexibleDateParser}: 2023-04-01, 2023/4/1, R5.4.1, …). */
    static LocalDate date(String s) {
        return FlexibleDateParser.parseOptional(s).orElse(null);
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

    /** A postal code ({@link PostalCode}: "389-0111", "〒３８９０１１１"), stored as its 7 digits. */
    static String postalCode(String s) {
        return PostalCode.parse(s).optional().map(PostalCode::digits).orElse(null);
    }

    /** A phone number ({@link PhoneNumber}: 10 or 11 digits from 0, any width and dash), stored with hyphens. */
    static String phone(String s) {
        return PhoneNumber.parse(s).optional().map(PhoneNumber::value).orElse(null);
    }
}
