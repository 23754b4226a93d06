package jp.hataraku.shared;

import java.util.List;

/** A problem with one field of a form: the field's name, a message code and its arguments. */
public record FieldError(String field, String code, List<String> args) {

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, Parsed<?> parsed) {
        return new FieldError(field, parsed.errorCode(), parsed.errorArgs());
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
