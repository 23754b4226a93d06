package jp.hataraku.jobs.internal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.Parsed;

/** Field name → problem (message code and arguments), in the order the fields appear. */
public class PageErrors {

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    void reject(String field, String code, String... args) {
        byField.putIfAbsent(field, new FieldError(field, code, List.of(args)));
    }

    void reject(String field, Parsed<?> parsed) {
        byField.putIfAbsent(field, FieldError.of(field, parsed));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String code(String field) {
        FieldError e = byField.get(field);
        return e == null ? null : e.code();
    }

    public Object[] args(String field) {
        FieldError e = byField.get(field);
        return e == null ? new Object[0] : e.argArray();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<FieldError> all() {
        return List.copyOf(byField.values());
    }
}
