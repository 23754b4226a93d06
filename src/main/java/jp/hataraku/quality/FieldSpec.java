package jp.hataraku.quality;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jp.hataraku.quality.internal.FieldValues;

/**
 * One field of an item's result as quality sees it: its name (the key in a result map), its type
 * and the normalisation applied before values are compared.
 */
public record FieldSpec(String name, FieldType type, Set<FieldNormalisation> normalisation) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalisation, "normalisation");
        if (name.isBlank()) {
            throw new IllegalArgumentException("field name is blank");
        }
        normalisation = normalisation.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(normalisation));
    }

    /** A field with its type's default normalisation. */
    public static FieldSpec of(String name, FieldType type) {
        return new FieldSpec(name, type, type.defaultNormalisation());
    }

    /** A field with its own normalisation, e.g. DIGITS_ONLY for a phone number. */
    public static FieldSpec of(String name, FieldType type, FieldNormalisation... normalisation) {
        return new FieldSpec(name, type, FieldNormalisation.setOf(normalisation));
    }

    /**
     * The value as compared: two raw values are the same answer exactly when their keys are
     * equal. {@code null} (a field left out) reads as empty.
     */
    public String comparisonKey(String raw) {
        return FieldValues.comparisonKey(this, raw);
    }

    /** Whether two raw values are the same answer for this field. */
    public boolean same(String a, String b) {
        return comparisonKey(a).equals(comparisonKey(b));
    }
}
