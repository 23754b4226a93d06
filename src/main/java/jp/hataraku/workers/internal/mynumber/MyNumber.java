package jp.hataraku.workers.internal.mynumber;

import java.text.Normalizer;
import java.util.Optional;

/**
 * An individual number (個人番号): 12 digits, the last a check digit computed as the ministerial
 * ordinance prescribes. {@link #toString()} never shows it; {@link #masked()} shows the last four
 * digits for a screen; {@link #digits()} is the only way to the number itself.
 */
public final class MyNumber {

    private final String digits;

    private MyNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Reads what a person typed: full-width digits, spaces and hyphens are accepted. Empty when it
     * is not 12 digits or the check digit does not match.
     */
    public static Optional<MyNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−ー]", "");
        if (!cleaned.matches("[0-9]{12}") || checkDigit(cleaned.substring(0, 11)) != cleaned.charAt(11) - '0') {
            return Optional.empty();
        }
        return Optional.of(new MyNumber(cleaned));
    }

    /**
     * The check digit of the first 11 digits: with P(n) the n-th digit counted from the right and
     * Q(n) = n + 1 for n ≤ 6, n − 6 for n ≥ 7, it is 11 − (Σ P(n)·Q(n) mod 11), or 0 when the
     * remainder is 0 or 1.
     */
    public static int checkDigit(String elevenDigits) {
        if (elevenDigits == null || !elevenDigits.matches("[0-9]{11}")) {
            throw new IllegalArgumentException("11 digits expected");
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = elevenDigits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 6;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    public String digits() {
        return digits;
    }

    /** "********1234". */
    public String masked() {
        return "********" + digits.substring(8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MyNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked, so the number never reaches a log by accident. */
    @Override
    public String toString() {
        return "MyNumber[************]";
    }
}
