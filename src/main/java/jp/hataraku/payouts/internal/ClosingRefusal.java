package jp.hataraku.payouts.internal;

import java.util.List;

/** A closing step that the rules refuse; {@code code} is the message key of the reason shown on the page. */
public class ClosingRefusal extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public ClosingRefusal(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
