package jp.hataraku.workers.internal.bank;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Converts a name to the half-width kana a Zengin transfer file carries (RULES-JP §4): hiragana
 * and full-width katakana become half-width, small kana become large (ｧ→ｱ, ｯ→ﾂ), ヲ becomes ｵ,
 * voiced marks are split into ﾞ and ﾟ, lower-case letters are upper-cased and full-width
 * letters, digits and ( ) - . become half-width. Anything else is refused, naming the first
 * character that cannot be carried so the page can say which one to change.
 *
 * <p>The standard set is what every bank accepts. {@link #EXTENDED} also allows {@code / , ¥ ｢ ｣ ｰ}
 * for banks that take them; in the standard set a long-vowel mark ー is written as {@code -},
 * as is customary.
 */
public final class ZenginKana {

    /** The set every bank accepts: 0-9 A-Z ｱ-ﾝ (no ｦ, no small kana) ﾞ ﾟ space ( ) - . */
    public static final ZenginKana STANDARD = new ZenginKana(false);
    /** The standard set plus / , ¥ ｢ ｣ ｰ, for banks configured to take them. */
    public static final ZenginKana EXTENDED = new ZenginKana(true);

    // Full-width katakana ァ (U+30A1) .. ヶ (U+30F6) to half-width, small kana already made large.
    private static final String[] KATAKANA = {
            "ｱ", "ｱ", "ｲ", "ｲ", "ｳ", "ｳ", "ｴ", "ｴ", "ｵ", "ｵ", // ァアィイゥウェエォオ
            "ｶ", "ｶﾞ", "ｷ", "ｷﾞ", "ｸ", "ｸﾞ", "ｹ", "ｹﾞ", "ｺ", "ｺﾞ", // カガキギクグケゲコゴ
            "ｻ", "ｻﾞ", "ｼ", "ｼﾞ", "ｽ", "ｽﾞ", "ｾ", "ｾﾞ", "ｿ", "ｿﾞ", // サ..ゾ
            "ﾀ", "ﾀﾞ", "ﾁ", "ﾁﾞ", "ﾂ", "ﾂ", "ﾂﾞ", "ﾃ", "ﾃﾞ", "ﾄ", "ﾄﾞ", // タダチヂッツヅテデトド
            "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ", // ナニヌネノ
            "ﾊ", "ﾊﾞ", "ﾊﾟ", "ﾋ", "ﾋﾞ", "ﾋﾟ", "ﾌ", "ﾌﾞ", "ﾌﾟ", "ﾍ", "ﾍﾞ", "ﾍﾟ", "ﾎ", "ﾎﾞ", "ﾎﾟ",
            "ﾏ", "ﾐ", "ﾑ", "ﾒ", "ﾓ", // マミムメモ
            "ﾔ", "ﾔ", "ﾕ", "ﾕ", "ﾖ", "ﾖ", // ャヤュユョヨ
            "ﾗ", "ﾘ", "ﾙ", "ﾚ", "ﾛ", // ラリルレロ
            "ﾜ", "ﾜ", "ｲ", "ｴ", "ｵ", "ﾝ", // ヮワヰヱヲン
            "ｳﾞ", "ｶ", "ｹ" // ヴヵヶ
    };

    /** The outcome: the converted kana, or the first character (as the user wrote it) that cannot be carried. */
    public record Result(String kana, String rejected, int rejectedIndex) {

        public boolean ok() {
            return rejected == null;
        }

        public Optional<String> value() {
            return ok() ? Optional.of(kana) : Optional.empty();
        }
    }

    private final boolean extended;

    private ZenginKana(boolean extended) {
        this.extended = extended;
    }

    /** Converts {@code name}; surrounding spaces are dropped and runs of spaces become one. */
    public Result convert(String name) {
        String input = name == null ? "" : name.strip();
        StringBuilder out = new StringBuilder(input.length() + 8);
        int i = 0;
        while (i < input.length()) {
            int cp = input.codePointAt(i);
            String mapped = map(cp);
            if (mapped == null) {
                return new Result(null, new String(Character.toChars(cp)), i);
            }
            if (mapped.equals(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                mapped = "";
            }
            out.append(mapped);
            i += Character.charCount(cp);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return new Result(out.substring(0, end), null, -1);
    }

    /** True when every character of {@code kana} is in this set (the form a file may hold as is). */
    public boolean isCarried(String kana) {
        return kana != null && kana.chars().allMatch(this::allowed);
    }

    private String map(int cp) {
        if (cp == '\u3099' || cp == '\u309B') {
            return "ﾞ";
        }
        if (cp == '\u309A' || cp == '\u309C') {
            return "ﾟ";
        }
        if (cp == 'ー' || cp == 'ｰ' || cp == '‐' || cp == '−' || cp == '‑' || cp == '–' || cp == '—') {
            return extended && (cp == 'ー' || cp == 'ｰ') ? "ｰ" : "-";
        }
        if (cp == '・' || cp == '･') {
            return ".";
        }
        if (cp == '「' || cp == '｢') {
            return extended ? "｢" : null;
        }
        if (cp == '」' || cp == '｣') {
            return extended ? "｣" : null;
        }
        if (cp == 'ｦ') {
            return "ｵ";
        }
        if (cp >= 'ｧ' && cp <= 'ｯ') {
            return String.valueOf("ｱｲｳｴｵﾔﾕﾖﾂ".charAt(cp - 'ｧ'));
        }
        if (cp >= 0xFF71 && cp <= 0xFF9F || cp == ' ') { // ｱ..ﾟ
            return new String(Character.toChars(cp));
        }
        if (cp == '\u3000' || Character.isWhitespace(cp)) {
            return " ";
        }
        int kata = cp >= 'ぁ' && cp <= 'ゖ' ? cp + 0x60 : cp;
        if (kata >= 'ァ' && kata <= 'ヶ') {
            return KATAKANA[kata - 'ァ'];
        }
        String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (n.length() == 1) {
            char c = Character.toUpperCase(n.charAt(0));
            if (c < 0x80 && allowed(c) || c == '¥' && extended) {
                return String.valueOf(c);
            }
        }
        return null;
    }

    private boolean allowed(int c) {
        if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == ' ' || c == '(' || c == ')' || c == '-' || c == '.') {
            return true;
        }
        if (c >= 0xFF71 && c <= 0xFF9F) { // ｱ..ﾝ ﾞ ﾟ
            return true;
        }
        return extended && (c == '/' || c == ',' || c == '¥' || c == '｢' || c == '｣' || c == 'ｰ');
    }
}
