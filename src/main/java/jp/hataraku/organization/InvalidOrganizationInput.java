package jp.hataraku.organization;

import java.util.List;

import jp.hataraku.shared.FieldError;

/**
 * Thrown only by the programmatic registration methods (demo data, imports) when their input is
 * invalid; pages use the methods that answer {@link jp.hataraku.shared.Checked} instead, so a
 * person never sees this.
 */
public class InvalidOrganizationInput extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidOrganizationInput(List<FieldError> errors) {
        super("invalid organization input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
