package jp.hataraku.shared;

import java.util.List;
import java.util.Optional;

/** Names as a Zengin transfer file carries them (RULES-JP §4). */
public final class ZenginName {

    /** A company form, its spellings, and its standard abbreviation before and after the name. */
    private record CompanyForm(List<String> spellings, String abbreviation) {
    }

    private static final List<CompanyForm> FORMS = List.of(
            new CompanyForm(List.of("株式会社", "カブシキガイシャ", "カブシキカイシャ", "(株)"), "ｶ"),
            new CompanyForm(List.of("有限会社", "ユウゲンガイシャ", "ユウゲンカイシャ", "(有)"), "ﾕ"),
            new CompanyForm(List.of("合同会社", "ゴウドウガイシャ", "ゴウドウカイシャ"), "ﾄﾞ"),
            new CompanyForm(List.of("合名会社", "ゴウメイガイシャ"), "ﾒ"),
            new CompanyForm(List.of("合資会社", "ゴウシガイシャ"), "ｼ"),
            new CompanyForm(List.of("一般社団法人", "イッパンシャダンホウジン"), "ｼﾔ"),
            new CompanyForm(List.of("一般財団法人", "イッパンザイダンホウジン"), "ｻﾞｲ"),
            new CompanyForm(List.of("公益社団法人", "コウエキシャダンホウジン"), "ｼﾔ"),
            new CompanyForm(List.of("公益財団法人", "コウエキザイダンホウジン"), "ｻﾞｲ"),
            new CompanyForm(List.of("社会福祉法人", "シャカイフクシホウジン"), "ﾌｸ"),
            new CompanyForm(List.of("特定非営利活動法人", "トクテイヒエイリカツドウホウジン"), "ﾄｸﾋ"));

    private ZenginName() {
    }

    /**
     * The first character of {@code name} that a Zengin file cannot carry in {@code charset}, so
     * that the page can name it; empty when every character is allowed.
     */
    public static Optional<String> validate(String name, ZenginCharset charset) {
        if (name == null) {
            return Optional.empty();
        }
        return name.codePoints().filter(cp -> !charset.allows(cp)).findFirst()
                .stream().mapToObj(Character::toString).findFirst();
    }

    /**
     * A name typed by a person, as a Zengin name: converted with {@link JapaneseText#toZenginKana}
     * and validated. Errors: {@code shared.zengin.empty}, {@code shared.zengin.char} (argument: the
     * first character that cannot be carried, as the person typed it: {@code ＆}, not {@code &}), {@code shared.zengin.tooLong} (argument: the maximum).
     */
    public static Parsed<String> parse(String name, ZenginCharset charset, int maxLength) {
        String converted = JapaneseText.toZenginKana(name, charset);
        if (converted.isBlank()) {
            return Parsed.error("shared.zengin.empty");
        }
        Optional<String> bad = validate(converted, charset);
        if (bad.isPresent()) {
            return Parsed.error("shared.zengin.char", asTyped(name, charset).orElse(bad.get()));
        }
        if (converted.length() > maxLength) {
            return Parsed.error("shared.zengin.tooLong", String.valueOf(maxLength));
        }
        return Parsed.ok(converted);
    }

    /** The first character of {@code typed} that, converted on its own, a Zengin file cannot carry. */
    private static Optional<String> asTyped(String typed, ZenginCharset charset) {
        return typed.strip().codePoints().mapToObj(Character::toString)
                .filter(c -> validate(JapaneseText.toZenginKana(c, charset), charset).isPresent())
                .findFirst();
    }

    /**
     * A company's kana name with its company form abbreviated as banks expect: 株式会社ハタラク →
     * {@code ｶ)ﾊﾀﾗｸ}, ハタラク株式会社 → {@code ﾊﾀﾗｸ(ｶ}, 有限会社 {@code ﾕ}, 合同会社 {@code ﾄﾞ}. The
     * form may be written in kanji or in katakana; the rest is converted by
     * {@link JapaneseText#toZenginKana(String, ZenginCharset)}.
     */
    public static String abbreviateCompanyForm(String name, ZenginCharset charset) {
        String text = JapaneseText.nfkc(name);
        String katakana = toKatakana(text);
        for (CompanyForm form : FORMS) {
            for (String spelling : form.spellings()) {
                if (katakana.startsWith(spelling)) {
                    String rest = text.substring(spelling.length()).strip();
                    return form.abbreviation() + ")" + JapaneseText.toZenginKana(rest, charset);
                }
                if (katakana.endsWith(spelling)) {
                    String rest = text.substring(0, text.length() - spelling.length()).strip();
                    return JapaneseText.toZenginKana(rest, charset) + "(" + form.abbreviation();
                }
            }
        }
        return JapaneseText.toZenginKana(text, charset);
    }

    private static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append((char) (c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c)));
        return out.toString();
    }
}
