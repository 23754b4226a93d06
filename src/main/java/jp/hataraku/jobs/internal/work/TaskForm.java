package jp.hataraku.jobs.internal.work;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.shared.FieldError;

/**
 * The task form as the page renders it and as a browser posts it back. Inputs are named
 * {@code f_<field>} so that a template field can never clash with {@code _csrf}, {@code submitKey}
 * or {@code next}; several checked choices come back as several values and are joined with
 * {@link TemplateField#MULTI_SEPARATOR}.
 */
record TaskForm(List<Field> fields) {

    static final String PREFIX = "f_";

    /** One field with what to show in it and its problem, if any. */
    record Field(TemplateField field, String value, Set<String> chosen, FieldError error) {

        public String inputName() {
            return PREFIX + field.name();
        }

        public String id() {
            return "field-" + field.name();
        }

        /** Where the error summary's link goes: the input, or a choice field's first option. */
        public String firstInputId() {
            return field.type().hasChoices() ? optionId(field.choices().get(0).code()) : id();
        }

        public String optionId(String code) {
            return id() + "-" + code;
        }

        public String errorId() {
            return id() + "-error";
        }

        public String helpId() {
            return id() + "-help";
        }

        public boolean hasError() {
            return error != null;
        }

        public boolean hasHelp() {
            return !field.help().isBlank();
        }

        public boolean checked() {
            return "true".equals(value) || "on".equals(value);
        }

        public String type() {
            return field.type().name();
        }

        /** The ids that describe the input: its help and its error. */
        public String describedBy() {
            String ids = (hasHelp() ? helpId() + " " : "") + (hasError() ? errorId() : "");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    static TaskForm of(TaskTemplate template, Map<String, String> values, List<FieldError> errors) {
        Map<String, FieldError> byField = errors.stream()
                .collect(Collectors.toMap(FieldError::field, e -> e, (a, b) -> a, LinkedHashMap::new));
        return new TaskForm(template.fields().stream().map(f -> {
            String value = values.getOrDefault(f.name(), "");
            Set<String> chosen = f.type().hasChoices()
                    ? Arrays.stream(value.split(TemplateField.MULTI_SEPARATOR)).map(String::strip)
                            .filter(s -> !s.isEmpty()).collect(Collectors.toSet())
                    : Set.of();
            return new Field(f, value, chosen, byField.get(f.name()));
        }).toList());
    }

    public boolean hasErrors() {
        return fields.stream().anyMatch(Field::hasError);
    }

    public List<Field> errorFields() {
        return fields.stream().filter(Field::hasError).toList();
    }

    /**
     * What the browser posted, as field name → value: every {@code f_} input, several values of
     * one name (checked choices) joined. An unchecked checkbox is simply absent; the template
     * reads it as false.
     */
    static Map<String, String> read(Map<String, String[]> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, posted) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && posted != null) {
                values.put(name.substring(PREFIX.length()), Arrays.stream(posted).filter(v -> v != null)
                        .collect(Collectors.joining(TemplateField.MULTI_SEPARATOR)));
            }
        });
        return values;
    }
}
