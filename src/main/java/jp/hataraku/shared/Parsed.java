package jp.hataraku.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading user input into a value: the value, or a message code (a key in the
 * message bundles) with its arguments. Parsing user input never throws.
 */
public record Parsed<T>(T value, String errorCode, List<String> errorArgs) {

    public Parsed {
        if ((value == null) == (errorCode == null)) {
            throw new IllegalArgumentException("exactly one of value and errorCode");
        }
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null, List.of());
    }

    public static <T> Parsed<T> error(String code, String... args) {
        return new Parsed<>(null, Objects.requireNonNull(code), List.of(args));
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** The value; for use only after {@link #isValid()}. */
    public T get() {
        if (value == null) {
            throw new IllegalStateException("invalid input: " + errorCode);
        }
        return value;
    }

    /** The arguments as an array, as {@code MessageSource} wants them. */
    public Object[] args() {
        return errorArgs.toArray();
    }

    /** The same error for another value type. */
    public <U> Parsed<U> asError() {
        if (value != null) {
            throw new IllegalStateException("not an error");
        }
        return new Parsed<>(null, errorCode, errorArgs);
    }
}
