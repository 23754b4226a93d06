package jp.hataraku.shared;

import java.util.Locale;

/**
 * A qualified-invoice issuer's registration number (登録番号): {@code T} and 13 digits whose first
 * digit is a check digit as for {@link CorporateNumber} (RULES-JP §3).
 */
public record RegistrationNumber(String value) {

    public RegistrationNumber {
        if (value == null || !value.matches("T[0-9]{13}") || !CorporateNumber.isValid(value.substring(1))) {
            throw new IllegalArgumentException("a registration number is T and 13 digits with a valid check digit");
        }
    }

    /** The registration number of a corporation, which is {@code T} + its corporate number. */
    public static RegistrationNumber of(CorporateNumber corporateNumber) {
        return new RegistrationNumber("T" + corporateNumber.value());
    }

    /** The 13 digits after the {@code T}. */
    public String digits() {
        return value.substring(1);
    }

    /**
     * Reads a typed registration number: {@code T1234567890123}, {@code t-1234-5678-90123},
     * full-width. Errors: {@code shared.registrationNumber.empty}, {@code .format}, {@code .checkDigit}.
     */
    public static Parsed<RegistrationNumber> parse(String text) {
        String compact = JapaneseText.nfkc(text).toUpperCase(Locale.ROOT).replaceAll("[\\s\\-‐−ー]", "");
        if (compact.isEmpty()) {
            return Parsed.error("shared.registrationNumber.empty");
        }
        if (!compact.matches("T[0-9]{13}")) {
            return Parsed.error("shared.registrationNumber.format");
        }
        if (!CorporateNumber.isValid(compact.substring(1))) {
            return Parsed.error("shared.registrationNumber.checkDigit");
        }
        return Parsed.ok(new RegistrationNumber(compact));
    }

    @Override
    public String toString() {
        return value;
    }
}
