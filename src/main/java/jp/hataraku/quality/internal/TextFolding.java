package jp.hataraku.quality.internal;

import java.text.Normalizer;

import jp.hataraku.shared.JapaneseText;

/** The character folds behind {@link jp.hataraku.quality.FieldNormalisation}, one per flag. */
public final class TextFolding {

    private static final int FULLWIDTH_FIRST = 0xFF01;
    private static final int FULLWIDTH_LAST = 0xFF5E;
    private static final int FULLWIDTH_OFFSET = 0xFF01 - 0x21;
    private static final int HALFWIDTH_KANA_FIRST = 0xFF61;
    private static final int HALFWIDTH_KANA_LAST = 0xFF9F;
    private static final int KATAKANA_FIRST = 0x30A1;
    private static final int KATAKANA_LAST = 0x30F6;
    private static final int KANA_OFFSET = 0x60;

    private TextFolding() {
    }

    public static String nfkc(String text) {
        return JapaneseText.nfkc(text);
    }

    /**
     * Full-width ASCII and the ideographic space to half-width; half-width katakana (with their
     * voiced marks) to full-width. Unlike NFKC it leaves everything else alone (①, ㈱, ﬁ stay).
     */
    public static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder halfKana = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp >= HALFWIDTH_KANA_FIRST && cp <= HALFWIDTH_KANA_LAST) {
                halfKana.appendCodePoint(cp);
                return;
            }
            flushHalfKana(halfKana, out);
            if (cp >= FULLWIDTH_FIRST && cp <= FULLWIDTH_LAST) {
                out.appendCodePoint(cp - FULLWIDTH_OFFSET);
            } else if (cp == '\u3000') {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        flushHalfKana(halfKana, out);
        return out.toString();
    }

    // A run of half-width kana goes through NFKC as a whole so that ｶﾞ composes to ガ, not カ゛.
    private static void flushHalfKana(StringBuilder halfKana, StringBuilder out) {
        if (!halfKana.isEmpty()) {
            out.append(Normalizer.normalize(halfKana, Normalizer.Form.NFKC));
            halfKana.setLength(0);
        }
    }

    /** Katakana to hiragana (ヴ to ゔ, ヽヾ to ゝゞ); ー and half-width kana stay. */
    public static String katakanaToHiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if ((cp >= KATAKANA_FIRST && cp <= KATAKANA_LAST) || cp == 0x30FD || cp == 0x30FE) {
                out.appendCodePoint(cp - KANA_OFFSET);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Latin letters to lower case, one code point for one, so the length never changes. */
    public static String latinLowerCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN ? Character.toLowerCase(cp) : cp));
        return out.toString();
    }

    /** Trimmed, with every run of whitespace (ideographic space included) replaced by one space. */
    public static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Only the digits, each as its ASCII digit: "０９０-1234-５６７８" becomes "09012345678". */
    public static String digitsOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isDigit).forEach(cp -> out.append((char) ('0' + Character.digit(cp, 10))));
        return out.toString();
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
