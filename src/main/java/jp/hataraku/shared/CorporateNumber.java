package jp.hataraku.shared;

/**
 * A corporate number (法人番号): 13 digits whose first digit is a check digit over the other 12
 * (RULES-JP §3). The qualified-invoice {@link RegistrationNumber} of a corporation is {@code T}
 * followed by it.
 */
public record CorporateNumber(String value) {

    public CorporateNumber {
        if (value == null || !value.matches("[0-9]{13}")) {
            throw new IllegalArgumentException("a corporate number is 13 digits");
        }
        if (value.charAt(0) - '0' != checkDigit(value.substring(1))) {
            throw new IllegalArgumentException("corporate number check digit does not match");
        }
    }

    /**
     * The check digit of 12 digits: 9 − (Σ over the digits counted from the right of digit × (1 at
     * odd positions, 2 at even) mod 9).
     */
    public static int checkDigit(String twelveDigits) {
        if (twelveDigits == null || !twelveDigits.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("twelve digits expected");
        }
        int sum = 0;
        for (int position = 1; position <= 12; position++) {
            int digit = twelveDigits.charAt(12 - position) - '0';
            sum += digit * (position % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** Whether 13 digits carry a correct check digit. */
    public static boolean isValid(String thirteenDigits) {
        return thirteenDigits != null && thirteenDigits.matches("[0-9]{13}")
                && thirteenDigits.charAt(0) - '0' == checkDigit(thirteenDigits.substring(1));
    }

    /**
     * Reads a typed corporate number (full-width digits, spaces and hyphens allowed). Errors:
     * {@code shared.corporateNumber.empty}, {@code .format}, {@code .checkDigit}.
     */
    public static Parsed<CorporateNumber> parse(String text) {
        String digits = JapaneseText.nfkc(text).replaceAll("[\\s\\-‐−ー]", "");
        if (digits.isEmpty()) {
            return Parsed.error("shared.corporateNumber.empty");
        }
        if (!digits.matches("[0-9]{13}")) {
            return Parsed.error("shared.corporateNumber.format");
        }
        if (!isValid(digits)) {
            return Parsed.error("shared.corporateNumber.checkDigit");
        }
        return Parsed.ok(new CorporateNumber(digits));
    }

    @Override
    public String toString() {
        return value;
    }
}
