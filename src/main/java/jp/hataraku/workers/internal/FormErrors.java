package jp.hataraku.workers.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field name → message code, in the order the fields appear. */
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    void reject(String field, String code) {
        byField.putIfAbsent(field, code);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String code(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> all() {
        return byField;
    }
}
