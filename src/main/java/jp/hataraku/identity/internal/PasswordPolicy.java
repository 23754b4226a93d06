package jp.hataraku.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B: at least 8 characters (15 recommended), at most 128, no composition rules,
 * not a commonly used password, not the e-mail address.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final CommonPasswords common;

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    List<String> problems(String email, String raw) {
        List<String> problems = new ArrayList<>();
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (common.contains(raw)) {
            problems.add("password.common");
        }
        if (email != null && !email.isBlank()) {
            String lower = raw.toLowerCase(Locale.ROOT);
            String mail = email.strip().toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || (local.length() >= 4 && lower.contains(local))) {
                problems.add("password.containsEmail");
            }
        }
        return problems;
    }
}
