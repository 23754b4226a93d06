package jp.hataraku.jobs;

import java.util.List;

/**
 * A change the rules refuse (a job without a contract and NDA in force, a worker who may not join
 * a team...). {@code code} is a message key of {@code i18n/jobs}; pages show it, the API answers
 * 409 or 422 with it.
 */
public class JobRuleViolation extends RuntimeException {

    private final String code;
    private final List<String> args;

    public JobRuleViolation(String code, String... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
