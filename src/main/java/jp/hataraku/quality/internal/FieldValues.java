package jp.hataraku.quality.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.hataraku.quality.FieldNormalisation;
import jp.hataraku.quality.FieldSpec;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.JapaneseText;

/**
 * Turns a raw value into the key it is compared by. Keys carry a prefix for how the value was
 * read ({@code n:} number, {@code d:} date, {@code b:} checkbox, {@code c:} choice, {@code t:}
 * text), so that a value that could not be read as its type never equals one that could.
 */
public final class FieldValues {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern NUMBER_NOISE = Pattern.compile("[,\\s_¥\\\\円]");
    private static final Pattern CHOICE_SEPARATORS = Pattern.compile("[,、，;；|\\s]+");
    private static final Set<String> TICKED = Set.of("true", "1", "yes", "y", "on", "checked", "✓", "✔", "○", "はい", "有");
    private static final Set<String> UNTICKED = Set.of("", "false", "0", "no", "n", "off", "unchecked", "×", "いいえ", "無");

    private FieldValues() {
    }

    public static String comparisonKey(FieldSpec spec, String raw) {
        String value = raw == null ? "" : raw;
        return switch (spec.type()) {
            case TEXT -> text(spec, value);
            case NUMBER -> number(value).map(n -> "n:" + n).orElseGet(() -> text(spec, value));
            case DATE -> date(value).map(d -> "d:" + d).orElseGet(() -> text(spec, value));
            case CHOICE -> "c:" + FieldNormalisation.apply(spec.normalisation(), value);
            case MULTIPLE_CHOICE -> "c:" + choices(spec, value);
            case CHECKBOX -> checkbox(value).map(b -> "b:" + b).orElseGet(() -> text(spec, value));
        };
    }

    private static String text(FieldSpec spec, String value) {
        return "t:" + FieldNormalisation.apply(spec.normalisation(), value);
    }

    /** The number in plain notation without trailing zeros: "１,０００.50" is "1000.5". */
    static Optional<String> number(String value) {
        String compact = NUMBER_NOISE.matcher(JapaneseText.nfkc(value).replace('−', '-')).replaceAll("");
        if (!NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(compact).stripTrailingZeros();
        return Optional.of(number.signum() == 0 ? "0" : number.toPlainString());
    }

    static Optional<LocalDate> date(String value) {
        return FlexibleDateParser.parseOptional(value);
    }

    static Optional<Boolean> checkbox(String value) {
        String key = JapaneseText.nfkc(value).toLowerCase(Locale.ROOT);
        if (TICKED.contains(key)) {
            return Optional.of(true);
        }
        return UNTICKED.contains(key) ? Optional.of(false) : Optional.empty();
    }

    /** The codes as a sorted set, so order and repetition do not matter. */
    private static String choices(FieldSpec spec, String value) {
        return Arrays.stream(CHOICE_SEPARATORS.split(value))
                .map(code -> FieldNormalisation.apply(spec.normalisation(), code))
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining(","));
    }
}
