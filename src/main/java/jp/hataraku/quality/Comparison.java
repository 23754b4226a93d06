package jp.hataraku.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Double entry: the N results (2 to 5, from N different workers) of one item, compared field by
 * field.
 *
 * <p>The rule, per field:
 * <ul>
 * <li>All N results give the same answer (after the field's normalisation): the field agrees
 * ({@link Agreement#UNANIMOUS}) and the first result's raw value is accepted.</li>
 * <li>N ≥ 3 and a strict majority (more than N/2) give the same answer: the field agrees
 * ({@link Agreement#MAJORITY}) and the raw value of the first result in the majority is
 * accepted. A majority is enough because with three or more independent workers the odds that
 * most of them made the same mistake are small, and adjudicating every minority slip would cost
 * more than it finds.</li>
 * <li>Otherwise — any difference when N = 2, a tie or a plurality without majority when N ≥ 3 —
 * the field disagrees ({@link Agreement#DISAGREEMENT}) and goes to adjudication.</li>
 * </ul>
 * The item as a whole agrees when every field agrees.
 */
public record Comparison(List<FieldOutcome> fields) {

    public static final int MIN_RESULTS = 2;
    public static final int MAX_RESULTS = 5;

    public Comparison {
        fields = List.copyOf(fields);
    }

    /**
     * Compares the results (field name → raw value; a missing field reads as empty) of one item
     * for the given fields. Throws when there are fewer than 2 or more than 5 results or a field
     * name repeats: those are programming errors, not user input.
     */
    public static Comparison of(List<FieldSpec> specs, List<Map<String, String>> results) {
        if (results.size() < MIN_RESULTS || results.size() > MAX_RESULTS) {
            throw new IllegalArgumentException("double entry compares 2 to 5 results, not " + results.size());
        }
        Set<String> names = new HashSet<>();
        List<FieldOutcome> outcomes = new ArrayList<>(specs.size());
        for (FieldSpec spec : specs) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("field named twice: " + spec.name());
            }
            outcomes.add(compare(spec, results));
        }
        return new Comparison(outcomes);
    }

    private static FieldOutcome compare(FieldSpec spec, List<Map<String, String>> results) {
        // Answers in order of first appearance, so that ties and acceptance favour the earlier result.
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstRaw = new LinkedHashMap<>();
        for (Map<String, String> result : results) {
            String raw = result.get(spec.name());
            String key = spec.comparisonKey(raw);
            counts.merge(key, 1, Integer::sum);
            firstRaw.putIfAbsent(key, raw == null ? "" : raw);
        }
        String winner = null;
        int most = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                winner = entry.getKey();
                most = entry.getValue();
            }
        }
        int n = results.size();
        Agreement agreement = most == n ? Agreement.UNANIMOUS
                : n >= 3 && 2 * most > n ? Agreement.MAJORITY
                : Agreement.DISAGREEMENT;
        return agreement.agrees()
                ? new FieldOutcome(spec, agreement, most, n, Optional.of(winner), Optional.of(firstRaw.get(winner)))
                : new FieldOutcome(spec, agreement, most, n, Optional.empty(), Optional.empty());
    }

    /** Whether every field agrees, so the item needs no adjudication. */
    public boolean agreed() {
        return fields.stream().allMatch(FieldOutcome::agrees);
    }

    /** The names of the fields that go to adjudication, in field order. */
    public List<String> disagreeingFields() {
        return fields.stream().filter(f -> !f.agrees()).map(FieldOutcome::name).toList();
    }

    /** The outcome for one field. */
    public Optional<FieldOutcome> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The accepted raw value of every field that agrees, by field name in field order. */
    public Map<String, String> acceptedValues() {
        Map<String, String> accepted = new LinkedHashMap<>();
        fields.stream().filter(FieldOutcome::agrees).forEach(f -> accepted.put(f.name(), f.acceptedValue().orElseThrow()));
        return accepted;
    }

    /** How many fields agree, out of {@link #fields()}: the evidence for a double-entry agreement rate. */
    public long agreeingFieldCount() {
        return fields.stream().filter(FieldOutcome::agrees).count();
    }
}
