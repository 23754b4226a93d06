package jp.hataraku.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Japanese text normalisation used for search, comparison and storage. */
public final class JapaneseText {

    private JapaneseText() {
    }

    /** NFKC (full-width ASCII to half-width, half-width kana to full-width) and trimmed. */
    public static String nfkc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /**
     * A key for searching that ignores width, case, hiragana/katakana and spaces: "ﾔﾏﾀﾞ ﾊﾅｺ",
     * "やまだ　はなこ" and "ヤマダハナコ" all fold to "やまだはなこ".
     */
    public static String searchKey(String text) {
        String normalised = nfkc(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                return;
            }
            out.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp);
        });
        return out.toString();
    }
}
