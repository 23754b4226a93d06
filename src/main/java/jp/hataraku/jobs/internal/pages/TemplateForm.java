package jp.hataraku.jobs.internal.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jp.hataraku.jobs.Choice;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.shared.JapaneseText;

/**
 * The template builder's form: the fields in order, the job version it was read at, and the
 * button pressed ({@code add}, {@code save}, {@code remove:N}, {@code up:N}, {@code down:N}), so
 * that every change works as a plain form post without JavaScript.
 */
public class TemplateForm {

    static final int MAX_FIELDS = 100;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private List<FieldForm> fields = new ArrayList<>();
    private String version = "";

    static TemplateForm of(TaskTemplate template, int version) {
        TemplateForm form = new TemplateForm();
        template.fields().forEach(f -> form.fields.add(FieldForm.of(f)));
        form.version = String.valueOf(version);
        return form;
    }

    public List<FieldForm> getFields() { return fields; }
    public void setFields(List<FieldForm> v) { fields = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v == null ? "" : v; }

    /** Applies a layout button; true when it was one (nothing is saved then). */
    boolean rearrange(String action) {
        fields.removeIf(f -> f == null);
        if ("add".equals(action)) {
            if (fields.size() < MAX_FIELDS) {
                FieldForm f = new FieldForm();
                f.setName("field_" + (fields.size() + 1));
                fields.add(f);
            }
            return true;
        }
        int colon = action == null ? -1 : action.indexOf(':');
        if (colon < 0) {
            return false;
        }
        int i;
        try {
            i = Integer.parseInt(action.substring(colon + 1));
        } catch (NumberFormatException e) {
            return true;
        }
        if (i < 0 || i >= fields.size()) {
            return true;
        }
        switch (action.substring(0, colon)) {
            case "remove" -> fields.remove(i);
            case "up" -> {
                if (i > 0) {
                    fields.add(i - 1, fields.remove(i));
                }
            }
            case "down" -> {
                if (i < fields.size() - 1) {
                    fields.add(i + 1, fields.remove(i));
                }
            }
            default -> { }
        }
        return true;
    }

    /**
     * The template the builder describes, or each field's problem under {@code fields[i].attribute}
     * (bad name or regex, duplicate names, min above max, a choice field without choices...).
     */
    Optional<TaskTemplate> toTemplate(PageErrors errors) {
        fields.removeIf(f -> f == null);
        if (fields.size() > MAX_FIELDS) {
            errors.reject("fields", "jobpages.template.tooMany", String.valueOf(MAX_FIELDS));
        }
        List<TemplateField> built = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldForm f = fields.get(i);
            String at = "fields[" + i + "].";
            int before = errors.all().size();
            String name = f.getName().strip();
            if (name.isEmpty()) {
                errors.reject(at + "name", "jobpages.error.required");
            } else if (!NAME.matcher(name).matches()) {
                errors.reject(at + "name", "jobpages.template.name");
            } else if (!names.add(name)) {
                errors.reject(at + "name", "jobpages.template.duplicate");
            }
            String label = f.getLabel().strip();
            if (label.isEmpty()) {
                errors.reject(at + "label", "jobpages.error.required");
            }
            FieldType type = null;
            try {
                type = FieldType.valueOf(f.getType().strip());
            } catch (IllegalArgumentException e) {
                errors.reject(at + "type", "jobpages.error.choose");
            }
            String pattern = f.getPattern().strip();
            if (!pattern.isEmpty()) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    errors.reject(at + "pattern", "jobpages.template.pattern");
                }
            }
            BigDecimal min = number(f.getMin(), at + "min", errors);
            BigDecimal max = number(f.getMax(), at + "max", errors);
            if (min != null && max != null && min.compareTo(max) > 0) {
                errors.reject(at + "max", "jobpages.template.minMax");
            }
            List<Choice> choices = choices(f.getChoices(), at + "choices", errors);
            if (type != null && type.hasChoices() && choices.isEmpty() && !errors.has(at + "choices")) {
                errors.reject(at + "choices", "jobpages.template.choicesRequired");
            }
            if (type != null && !type.hasChoices() && !f.getChoices().isBlank() && !errors.has(at + "choices")) {
                errors.reject(at + "choices", "jobpages.template.choicesUnused");
            }
            if (errors.all().size() > before) {
                continue;
            }
            try {
                built.add(new TemplateField(name, label, type, f.isRequired(),
                        pattern.isEmpty() ? Optional.empty() : Optional.of(pattern), Optional.ofNullable(min),
                        Optional.ofNullable(max), f.isDigitsOnly(), f.isKanaOnly(), choices, f.getHelp().strip()));
            } catch (IllegalArgumentException e) {
                errors.reject(at + "name", "jobpages.template.invalid");
            }
        }
        return errors.isEmpty() ? Optional.of(new TaskTemplate(built)) : Optional.empty();
    }

    /** The fields as the worker will see them, read leniently so that the preview follows typing. */
    List<PreviewField> preview() {
        List<PreviewField> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldForm f = fields.get(i);
            if (f == null) {
                continue;
            }
            FieldType type;
            try {
                type = FieldType.valueOf(f.getType().strip());
            } catch (IllegalArgumentException e) {
                type = FieldType.TEXT;
            }
            List<Choice> choices = new ArrayList<>();
            for (String line : f.getChoices().split("\\R")) {
                int eq = line.indexOf('=');
                String code = (eq < 0 ? line : line.substring(0, eq)).strip();
                String label = (eq < 0 ? line : line.substring(eq + 1)).strip();
                if (CODE.matcher(code).matches() && !label.isEmpty()) {
                    choices.add(new Choice(code, label));
                }
            }
            out.add(new PreviewField("preview-" + i, f.getLabel().isBlank() ? f.getName() : f.getLabel(), type,
                    f.isRequired(), f.getHelp(), choices));
        }
        return out;
    }

    record PreviewField(String id, String label, FieldType type, boolean required, String help, List<Choice> choices) {
    }

    private static BigDecimal number(String typed, String field, PageErrors errors) {
        String v = JapaneseText.nfkc(typed).replace(",", "").strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.reject(field, "jobpages.error.number");
            return null;
        }
    }

    /** One choice a line, {@code code=label}; a line of only a code uses it as the label too. */
    private static List<Choice> choices(String typed, String field, PageErrors errors) {
        List<Choice> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] lines = typed.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String code = (eq < 0 ? line : line.substring(0, eq)).strip();
            String label = (eq < 0 ? line : line.substring(eq + 1)).strip();
            if (!CODE.matcher(code).matches() || label.isEmpty()) {
                errors.reject(field, "jobpages.template.choiceLine", String.valueOf(n + 1));
                return List.of();
            }
            if (!codes.add(code)) {
                errors.reject(field, "jobpages.template.choiceDuplicate", code);
                return List.of();
            }
            out.add(new Choice(code, label));
        }
        return out;
    }
}
