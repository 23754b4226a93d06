package jp.hataraku.workers.internal;

import jp.hataraku.shared.JapaneseText;

/**
 * A qualified invoice issuer registration number: "T" + 13 digits whose first digit is the check
 * digit of the other twelve (RULES-JP §3, as for corporate numbers).
 */
final class InvoiceRegistrationNumber {

    private InvoiceRegistrationNumber() {
    }

    /** The number in its stored form ("T" + 13 digits), or null when it is not a valid number. */
    static String normalise(String typed) {
        String s = JapaneseText.nfkc(typed).toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        if (!s.matches("T[0-9]{13}")) {
            return null;
        }
        return checkDigit(s.substring(2)) == s.charAt(1) - '0' ? s : null;
    }

    /** 9 − (Σ digit × (1 at odd, 2 at even positions counted from the right) mod 9). */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(11 - i) - '0';
            int position = i + 1;
            sum += digit * (position % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9);
    }
}
