package jp.hataraku.quality.internal;

import java.util.List;

/** A review or sampling step the rules refuse; {@code code} is a message key of {@code i18n/quality}. */
class QualityRefusal extends RuntimeException {

    private final String code;
    private final List<String> args;

    QualityRefusal(String code, String... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    String code() {
        return code;
    }

    List<String> args() {
        return args;
    }
}
