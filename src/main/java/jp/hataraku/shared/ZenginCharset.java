package jp.hataraku.shared;

/**
 * The characters a Zengin transfer file may carry in names (RULES-JP §4). {@link #STANDARD} is
 * what every bank accepts; {@link #EXTENDED} adds {@code / , ¥ ｢ ｣ ｰ}, which some banks take (a
 * per-bank setting, off by default).
 */
public enum ZenginCharset {
    STANDARD,
    EXTENDED;

    private static final String SYMBOLS = " ()-.";
    private static final String EXTRA = "/,¥｢｣ｰ";

    public boolean allows(int cp) {
        if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || SYMBOLS.indexOf(cp) >= 0) {
            return true;
        }
        // ｱ (U+FF71) to ﾝ (U+FF9D) leaves out ｦ, the small kana ｧ–ｯ and ｰ, which come before it.
        if (cp >= 'ｱ' && cp <= 'ﾝ') {
            return true;
        }
        if (cp == 'ﾞ' || cp == 'ﾟ') {
            return true;
        }
        return this == EXTENDED && EXTRA.indexOf(cp) >= 0;
    }
}
