package jp.hataraku.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Japanese text normalisation used for search, comparison and storage. */
public final class JapaneseText {

    private static final String FULL_KANA =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
            + "ァィゥェォッャュョヮヵヶヲヰヱ";
    private static final String HALF_KANA =
            "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"
            + "ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹｵｲｴ";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D";

    private JapaneseText() {
    }

    /**
     * A name as a Zengin transfer file carries it, in the standard character set: hiragana and
     * katakana (full- or half-width) become half-width katakana with voiced marks as separate
     * characters, small kana become large, ヲ becomes ｵ, full-width letters and digits become
     * half-width, lower case becomes upper case, the long vowel mark becomes {@code -}, ・ becomes
     * {@code .}, surrounding spaces are dropped and a run of spaces becomes one. Characters
     * that cannot be converted are left in place so that {@link ZenginName#validate} can name them.
     */
    public static String toZenginKana(String text) {
        return toZenginKana(text, ZenginCharset.STANDARD);
    }

    /** As {@link #toZenginKana(String)}; with the extended set, ー stays ｰ and 「」 ¥ are kept. */
    public static String toZenginKana(String text, ZenginCharset charset) {
        if (text == null) {
            return "";
        }
        String prepared = Normalizer.normalize(text.replace('\u309B', '\u3099').replace('\u309C', '\u309A'),
                Normalizer.Form.NFKC).strip();
        StringBuilder out = new StringBuilder(prepared.length() + 8);
        prepared.codePoints().forEach(cp -> {
            int katakana = cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp;
            if (katakana >= 0x30A1 && katakana <= 0x30FA) {
                Normalizer.normalize(new String(Character.toChars(katakana)), Normalizer.Form.NFD)
                        .codePoints().forEach(part -> appendZengin(out, part, charset));
            } else {
                appendZengin(out, katakana, charset);
            }
        });
        return out.toString().replaceAll(" {2,}", " ");
    }

    private static void appendZengin(StringBuilder out, int cp, ZenginCharset charset) {
        int index = cp <= 0xFFFF ? FULL_KANA.indexOf(cp) : -1;
        if (index >= 0) {
            out.append(HALF_KANA.charAt(index));
        } else if (cp == 0x3099) {
            out.append('ﾞ');
        } else if (cp == 0x309A) {
            out.append('ﾟ');
        } else if (cp == 'ー') {
            out.append(charset == ZenginCharset.EXTENDED ? 'ｰ' : '-');
        } else if (cp >= 'a' && cp <= 'z') {
            out.append((char) (cp - 'a' + 'A'));
        } else if (cp <= 0xFFFF && DASHES.indexOf(cp) >= 0) {
            out.append('-');
        } else if (cp == '・') {
            out.append('.');
        } else if (Character.isWhitespace(cp)) {
            out.append(' ');
        } else if (charset == ZenginCharset.EXTENDED && (cp == '「' || cp == '」')) {
            out.append(cp == '「' ? '｢' : '｣');
        } else if (charset == ZenginCharset.EXTENDED && cp == '\\') {
            out.append('¥');
        } else {
            out.appendCodePoint(cp);
        }
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
