package jp.hataraku.shared;

import java.util.List;
import java.util.Optional;

/** The outcome of reading several fields into one value: the value, or each field's problem. */
public record Checked<T>(T value, List<FieldError> errors) {

    public Checked {
        errors = errors == null ? List.of() : List.copyOf(errors);
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("exactly one of a value and errors");
        }
    }

    public static <T> Checked<T> valid(T value) {
        return new Checked<>(value, List.of());
    }

    public static <T> Checked<T> invalid(List<FieldError> errors) {
        return new Checked<>(null, errors);
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    public T get() {
        if (value == null) {
            throw new IllegalStateException("invalid: " + errors);
        }
        return value;
    }
}
