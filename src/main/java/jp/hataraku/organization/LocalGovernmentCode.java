package jp.hataraku.organization;

import java.util.Optional;

/**
 * A town's 全国地方公共団体コード (JIS X 0402, as the Ministry of Internal Affairs publishes it): two
 * digits of prefecture, three of municipality, and a check digit. The check digit is the last digit
 * of 11 minus (d1×6 + d2×5 + d3×4 + d4×3 + d5×2) mod 11, so 13101 (千代田区) is 131016. Open data
 * (the national recommended datasets) names the town by this code.
 */
public record LocalGovernmentCode(String value) {

    public LocalGovernmentCode {
        if (value == null || !value.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a local government code is six digits: " + value);
        }
        if (checkDigit(value.substring(0, 5)) != value.charAt(5) - '0') {
            throw new IllegalArgumentException("wrong check digit: " + value);
        }
        int prefecture = Integer.parseInt(value.substring(0, 2));
        if (prefecture < 1 || prefecture > 47) {
            throw new IllegalArgumentException("no prefecture " + value.substring(0, 2) + ": " + value);
        }
    }

    /** The check digit of a five-digit code. */
    public static int checkDigit(String fiveDigits) {
        if (!fiveDigits.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("five digits expected: " + fiveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** The code typed by a person: six digits (full- or half-width), or five to which the check digit is added. */
    public static Optional<LocalGovernmentCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip();
        if (digits.matches("[0-9]{5}")) {
            digits = digits + checkDigit(digits);
        }
        try {
            return Optional.of(new LocalGovernmentCode(digits));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The two-digit prefecture code (JIS X 0401). */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
