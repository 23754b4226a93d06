package jp.hataraku.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of one field across the N results of an item.
 *
 * @param field          the field
 * @param agreement      unanimous, by majority, or not at all
 * @param agreeing       how many results gave the winning (largest) answer
 * @param results        N, how many results were compared
 * @param comparisonKey  the winning answer as compared, with the prefix saying how it was read
 *                       ({@code n:1200}, {@code d:2023-04-01}, {@code t:株式会社ABC}); empty on
 *                       disagreement
 * @param acceptedValue  the raw value taken as the item's answer: that of the first result (in
 *                       the order given) that gave the winning answer; empty on disagreement
 */
public record FieldOutcome(FieldSpec field, Agreement agreement, int agreeing, int results,
        Optional<String> comparisonKey, Optional<String> acceptedValue) {

    public FieldOutcome {
        Objects.requireNonNull(field);
        Objects.requireNonNull(agreement);
        if (agreement.agrees() != acceptedValue.isPresent() || agreement.agrees() != comparisonKey.isPresent()) {
            throw new IllegalArgumentException("an accepted value exactly when the field agrees");
        }
    }

    public String name() {
        return field.name();
    }

    public boolean agrees() {
        return agreement.agrees();
    }

    /** The winning answer normalised, for display: "1200", "2023-04-01", "株式会社ABC". */
    public Optional<String> normalisedValue() {
        return comparisonKey.map(FieldOutcome::withoutPrefix);
    }

    private static String withoutPrefix(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    public boolean unanimous() {
        return agreement == Agreement.UNANIMOUS;
    }
}
