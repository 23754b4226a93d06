package jp.hataraku.shared;

/** A Japanese postal code: 7 digits, shown as {@code 123-4567}. */
public record PostalCode(String digits) {

    public PostalCode {
        if (digits == null || !digits.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("a postal code is 7 digits");
        }
    }

    /** "123-4567". */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }

    /**
     * Reads "1234567", "123-4567", "〒123-4567", full-width. Errors: {@code shared.postalCode.empty},
     * {@code shared.postalCode.format}.
     */
    public static Parsed<PostalCode> parse(String text) {
        String compact = JapaneseText.nfkc(text).replaceAll("[\\s〒]", "");
        if (compact.isEmpty()) {
            return Parsed.error("shared.postalCode.empty");
        }
        if (!compact.matches("[0-9]{3}[-‐−ー]?[0-9]{4}")) {
            return Parsed.error("shared.postalCode.format");
        }
        return Parsed.ok(new PostalCode(compact.replaceAll("[^0-9]", "")));
    }

    @Override
    public String toString() {
        return formatted();
    }
}
