package jp.hataraku.shared;

/**
 * A Japanese phone number, normalised to half-width digits and hyphens ({@code 0263-12-3456},
 * {@code 090-1234-5678}): 10 or 11 digits starting with 0.
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || !value.matches("0[0-9\\-]+") || value.contains("--") || value.endsWith("-")
                || !validDigitCount(value.replace("-", ""))) {
            throw new IllegalArgumentException("a phone number is 10 or 11 digits with optional hyphens");
        }
    }

    private static boolean validDigitCount(String digits) {
        return digits.length() == 10 || digits.length() == 11;
    }

    /** The digits alone, for comparison and for dialling. */
    public String digits() {
        return value.replace("-", "");
    }

    /**
     * Reads a typed number: full-width, any dash, spaces or parentheses as separators, {@code +81}.
     * Errors: {@code shared.phone.empty}, {@code shared.phone.format}.
     */
    public static Parsed<PhoneNumber> parse(String text) {
        String s = JapaneseText.nfkc(text).replaceAll("[‐‑‒–—―−ー]", "-").replaceAll("[()\\s]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            return Parsed.error("shared.phone.empty");
        }
        if (s.startsWith("+81")) {
            s = "0" + s.substring(3).replaceAll("^-", "");
        }
        if (!s.matches("0[0-9\\-]+") || s.contains("--") || !validDigitCount(s.replace("-", ""))) {
            return Parsed.error("shared.phone.format");
        }
        return Parsed.ok(new PhoneNumber(s));
    }

    @Override
    public String toString() {
        return value;
    }
}
