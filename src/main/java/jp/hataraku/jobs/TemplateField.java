package jp.hataraku.jobs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One field of a task template with its rules. {@code name} is the key of the value in results
 * and the column name in exports; {@code label} is what the worker reads (the client's wording,
 * so it is data, not a message key). Multiple-choice values are the chosen codes joined by
 * {@link #MULTI_SEPARATOR}; a checkbox is {@code true} or {@code false}.
 */
public record TemplateField(String name, String label, FieldType type, boolean required,
        Optional<String> pattern, Optional<BigDecimal> min, Optional<BigDecimal> max, boolean digitsOnly,
        boolean kanaOnly, List<Choice> choices, String help) {

    public static final String MULTI_SEPARATOR = ",";

    public TemplateField {
        if (name == null || !name.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalArgumentException("field name must be a-z, 0-9 and _ (up to 40), starting with a letter: " + name);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("field label is required");
        }
        if (type == null) {
            throw new IllegalArgumentException("field type is required");
        }
        pattern = pattern == null ? Optional.empty() : pattern.filter(p -> !p.isBlank());
        pattern.ifPresent(p -> {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid pattern: " + p, e);
            }
        });
        min = min == null ? Optional.empty() : min;
        max = max == null ? Optional.empty() : max;
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new IllegalArgumentException("min is above max");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type.hasChoices() && choices.isEmpty()) {
            throw new IllegalArgumentException("a choice field needs choices");
        }
        if (choices.stream().map(Choice::code).distinct().count() != choices.size()) {
            throw new IllegalArgumentException("choice codes must differ");
        }
        help = help == null ? "" : help;
    }

    /** A plain field with no rules beyond {@code required}. */
    public static TemplateField of(String name, String label, FieldType type, boolean required) {
        return new TemplateField(name, label, type, required, Optional.empty(), Optional.empty(), Optional.empty(),
                false, false, List.of(), "");
    }

    /** A choice field. */
    public static TemplateField choice(String name, String label, FieldType type, boolean required, List<Choice> choices) {
        return new TemplateField(name, label, type, required, Optional.empty(), Optional.empty(), Optional.empty(),
                false, false, choices, "");
    }

    public TemplateField withPattern(String regex) {
        return new TemplateField(name, label, type, required, Optional.of(regex), min, max, digitsOnly, kanaOnly, choices, help);
    }

    public TemplateField withRange(BigDecimal low, BigDecimal high) {
        return new TemplateField(name, label, type, required, pattern, Optional.ofNullable(low), Optional.ofNullable(high),
                digitsOnly, kanaOnly, choices, help);
    }

    public TemplateField withDigitsOnly() {
        return new TemplateField(name, label, type, required, pattern, min, max, true, kanaOnly, choices, help);
    }

    public TemplateField withKanaOnly() {
        return new TemplateField(name, label, type, required, pattern, min, max, digitsOnly, true, choices, help);
    }
}
