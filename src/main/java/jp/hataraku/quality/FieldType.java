package jp.hataraku.quality;

import static jp.hataraku.quality.FieldNormalisation.NFKC;
import static jp.hataraku.quality.FieldNormalisation.TRIM;
import static jp.hataraku.quality.FieldNormalisation.WIDTH;

import java.util.Set;

/**
 * What a field holds, which decides what "the same answer" means. Numbers, dates, choices and
 * checkboxes compare by meaning; a value that cannot be read as its type (a typo, "不明") falls
 * back to comparing as text with the field's normalisation, so two workers who typed the same
 * unreadable thing still agree and an unreadable value never equals a readable one.
 */
public enum FieldType {
    /** Free text: same after NFKC, width folding and whitespace collapsing. */
    TEXT(FieldNormalisation.setOf(NFKC, WIDTH, TRIM)),
    /** A number: 1,000 ≡ 1000 ≡ １０００ ≡ 1000.0. */
    NUMBER(FieldNormalisation.setOf(NFKC, TRIM)),
    /** A date in any format {@link jp.hataraku.shared.FlexibleDateParser} reads: 2023/4/1 ≡ R5.4.1. */
    DATE(FieldNormalisation.setOf(NFKC, TRIM)),
    /** One code from a fixed list: exact. */
    CHOICE(FieldNormalisation.setOf()),
    /** Several codes, separated by commas, 、 or spaces: the same set in any order. */
    MULTIPLE_CHOICE(FieldNormalisation.setOf()),
    /** Ticked or not: "true", "1", "yes", "on", "✓", "はい" are ticked; "", "false", "0", "no", "off", "いいえ" are not. */
    CHECKBOX(FieldNormalisation.setOf(NFKC, TRIM));

    private final Set<FieldNormalisation> defaultNormalisation;

    FieldType(Set<FieldNormalisation> defaultNormalisation) {
        this.defaultNormalisation = defaultNormalisation;
    }

    public Set<FieldNormalisation> defaultNormalisation() {
        return defaultNormalisation;
    }
}
