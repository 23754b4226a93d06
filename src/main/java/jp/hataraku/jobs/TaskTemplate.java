package jp.hataraku.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;

/**
 * The form of a job's tasks: fields in the order the worker fills them and the client receives
 * them. {@link #check} reads what a worker typed into clean values, or says per field what is
 * wrong, with message codes from {@code i18n/jobs}.
 */
public record TaskTemplate(List<TemplateField> fields) {

    /** Longest value a text field keeps. */
    public static final int MAX_TEXT = 10_000;

    public TaskTemplate {
        fields = fields == null ? List.of() : List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (TemplateField f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("two fields are named " + f.name());
            }
        }
    }

    public static TaskTemplate empty() {
        return new TaskTemplate(List.of());
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Optional<TemplateField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(TemplateField::name).toList();
    }

    /** The result in field order with clean values, or every field's problem. Unknown keys are dropped. */
    public Result check(Map<String, String> typed) {
        Map<String, String> clean = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (TemplateField f : fields) {
            String raw = typed.get(f.name());
            Parsed<String> parsed = checkOne(f, raw == null ? "" : raw);
            if (parsed.isValid()) {
                clean.put(f.name(), parsed.value());
            } else {
                errors.add(FieldError.of(f.name(), parsed));
            }
        }
        return new Result(clean, errors);
    }

    /** What {@link #check} found. */
    public record Result(Map<String, String> values, List<FieldError> errors) {
        public Result {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            errors = List.copyOf(errors);
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static Parsed<String> checkOne(TemplateField f, String raw) {
        String value = f.type() == FieldType.LONG_TEXT ? raw.strip() : raw.strip().replaceAll("[\\r\\n]+", " ");
        if (f.type() == FieldType.CHECKBOX) {
            boolean on = value.equals("true") || value.equals("on") || value.equals("1");
            if (f.required() && !on) {
                return Parsed.error("jobs.field.required");
            }
            return Parsed.ok(Boolean.toString(on));
        }
        if (value.isEmpty()) {
            return f.required() ? Parsed.error("jobs.field.required") : Parsed.ok("");
        }
        if (value.length() > MAX_TEXT) {
            return Parsed.error("jobs.field.tooLong", String.valueOf(MAX_TEXT));
        }
        return switch (f.type()) {
            case NUMBER -> number(f, value);
            case DATE -> date(value);
            case SINGLE_CHOICE -> f.choices().stream().anyMatch(c -> c.code().equals(value))
                    ? Parsed.ok(value) : Parsed.error("jobs.field.choice");
            case MULTIPLE_CHOICE -> multiple(f, value);
            default -> text(f, value);
        };
    }

    private static Parsed<String> text(TemplateField f, String value) {
        if (f.digitsOnly() && !JapaneseText.nfkc(value).matches("[0-9]+")) {
            return Parsed.error("jobs.field.digits");
        }
        if (f.kanaOnly() && !value.matches("[\\p{InKatakana}\\p{InHiragana}ー・\\s　]+")) {
            return Parsed.error("jobs.field.kana");
        }
        if (f.pattern().isPresent() && !Pattern.compile(f.pattern().get()).matcher(value).matches()) {
            return Parsed.error("jobs.field.pattern");
        }
        return Parsed.ok(f.digitsOnly() ? JapaneseText.nfkc(value) : value);
    }

    private static Parsed<String> number(TemplateField f, String value) {
        String n = JapaneseText.nfkc(value).replace(",", "").replace(" ", "");
        BigDecimal number;
        try {
            number = new BigDecimal(n);
        } catch (NumberFormatException e) {
            return Parsed.error("jobs.field.number");
        }
        if (f.min().isPresent() && number.compareTo(f.min().get()) < 0
                || f.max().isPresent() && number.compareTo(f.max().get()) > 0) {
            return Parsed.error("jobs.field.range", f.min().map(BigDecimal::toPlainString).orElse(""),
                    f.max().map(BigDecimal::toPlainString).orElse(""));
        }
        return Parsed.ok(number.stripTrailingZeros().toPlainString());
    }

    private static Parsed<String> date(String value) {
        Parsed<java.time.LocalDate> d = FlexibleDateParser.parse(value);
        return d.isValid() ? Parsed.ok(d.value().toString()) : Parsed.error(d.errorCode(), d.errorArgs().toArray(String[]::new));
    }

    private static Parsed<String> multiple(TemplateField f, String value) {
        List<String> chosen = new ArrayList<>();
        for (String code : value.split(TemplateField.MULTI_SEPARATOR)) {
            String c = code.strip();
            if (c.isEmpty() || chosen.contains(c)) {
                continue;
            }
            if (f.choices().stream().noneMatch(ch -> ch.code().equals(c))) {
                return Parsed.error("jobs.field.choice");
            }
            chosen.add(c);
        }
        if (chosen.isEmpty() && f.required()) {
            return Parsed.error("jobs.field.required");
        }
        // keep the template's order so that equal choices compare equal
        List<String> ordered = f.choices().stream().map(Choice::code).filter(chosen::contains).toList();
        return Parsed.ok(String.join(TemplateField.MULTI_SEPARATOR, ordered));
    }
}
