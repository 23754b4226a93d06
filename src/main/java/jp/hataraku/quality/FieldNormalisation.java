package jp.hataraku.quality;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jp.hataraku.quality.internal.TextFolding;

/**
 * One way two typed values may differ and still count as the same answer. A field's set of flags
 * is applied in the order of this enum, whatever order the set was built in, so that the result
 * depends only on which flags are on.
 */
public enum FieldNormalisation {
    /** Unicode NFKC (full-width ASCII to half-width, half-width kana to full-width), trimmed. */
    NFKC,
    /** Full/half width folding only: full-width ASCII to half-width, half-width katakana to full-width. */
    WIDTH,
    /** Hiragana and katakana are the same: katakana folds to hiragana. */
    KANA,
    /** Latin upper and lower case are the same. */
    CASE,
    /** Surrounding whitespace dropped and every inner run of whitespace (ideographic space too) becomes one space. */
    TRIM,
    /** Everything but digits dropped, digits of any width kept as ASCII: for phone and account numbers. */
    DIGITS_ONLY;

    /** The value with the given flags applied; {@code null} reads as the empty string. */
    public static String apply(Set<FieldNormalisation> flags, String value) {
        String text = value == null ? "" : value;
        for (FieldNormalisation flag : values()) {
            if (flags.contains(flag)) {
                text = flag.applyOne(text);
            }
        }
        return text;
    }

    /** An immutable copy, so a spec's flags cannot change under it. */
    public static Set<FieldNormalisation> setOf(FieldNormalisation... flags) {
        EnumSet<FieldNormalisation> set = EnumSet.noneOf(FieldNormalisation.class);
        Collections.addAll(set, flags);
        return Collections.unmodifiableSet(set);
    }

    private String applyOne(String text) {
        return switch (this) {
            case NFKC -> TextFolding.nfkc(text);
            case WIDTH -> TextFolding.foldWidth(text);
            case KANA -> TextFolding.katakanaToHiragana(text);
            case CASE -> TextFolding.latinLowerCase(text);
            case TRIM -> TextFolding.collapseWhitespace(text);
            case DIGITS_ONLY -> TextFolding.digitsOnly(text);
        };
    }
}
