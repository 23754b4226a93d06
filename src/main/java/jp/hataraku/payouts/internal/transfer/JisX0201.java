package jp.hataraku.payouts.internal.transfer;

/**
 * The single-byte half of Shift_JIS (JIS X 0201): ASCII 0x20–0x7E with 0x5C as ¥ and 0x7E as ‾,
 * and half-width katakana U+FF61–U+FF9F as 0xA1–0xDF. Anything else has no single byte, which is
 * exactly what a Zengin file must never contain; encoding it answers -1.
 */
final class JisX0201 {

    private JisX0201() {
    }

    /** The byte of {@code c}, or -1 when it has none. */
    static int encode(char c) {
        if (c >= 0x20 && c <= 0x7E && c != '\\' && c != '~') {
            return c;
        }
        if (c == '¥') {
            return 0x5C;
        }
        if (c == '‾') {
            return 0x7E;
        }
        if (c >= 0xFF61 && c <= 0xFF9F) {
            return c - 0xFF61 + 0xA1;
        }
        return -1;
    }

    /** The character of byte {@code b}, or -1 when it is not a JIS X 0201 graphic character. */
    static int decode(int b) {
        int v = b & 0xFF;
        if (v == 0x5C) {
            return '¥';
        }
        if (v == 0x7E) {
            return '‾';
        }
        if (v >= 0x20 && v <= 0x7D) {
            return v;
        }
        if (v >= 0xA1 && v <= 0xDF) {
            return v - 0xA1 + 0xFF61;
        }
        return -1;
    }
}
