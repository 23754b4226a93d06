package jp.hataraku.payouts.internal.transfer;

import java.util.Optional;

/**
 * A value a Zengin file cannot carry, or a file that is not one: names the record (1-based), the
 * field, and the offending character when there is one.
 */
public class ZenginFormatException extends RuntimeException {

    private final int record;
    private final String field;
    private final String character;

    ZenginFormatException(int record, String field, String character, String message) {
        super("record " + record + ", " + field + ": " + message + (character == null ? "" : " [" + character + "]"));
        this.record = record;
        this.field = field;
        this.character = character;
    }

    public int record() {
        return record;
    }

    public String field() {
        return field;
    }

    public Optional<String> character() {
        return Optional.ofNullable(character);
    }
}
