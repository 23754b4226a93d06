package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZenginKanaTest {

    @Test
    void katakana_and_hiragana_become_half_width_with_separate_voiced_marks() {
        assertThat(JapaneseText.toZenginKana("ヤマダ　ハナコ")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(JapaneseText.toZenginKana("やまだ はなこ")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(JapaneseText.toZenginKana("パンダ")).isEqualTo("ﾊﾟﾝﾀﾞ");
        assertThat(JapaneseText.toZenginKana("ヴィ")).isEqualTo("ｳﾞｲ");
    }

    @Test
    void small_kana_become_large_and_wo_becomes_o() {
        assertThat(JapaneseText.toZenginKana("キョウコ")).isEqualTo("ｷﾖｳｺ");
        assertThat(JapaneseText.toZenginKana("ハットリ")).isEqualTo("ﾊﾂﾄﾘ");
        assertThat(JapaneseText.toZenginKana("ァィゥェォ")).isEqualTo("ｱｲｳｴｵ");
        assertThat(JapaneseText.toZenginKana("ヲ")).isEqualTo("ｵ");
        assertThat(JapaneseText.toZenginKana("を")).isEqualTo("ｵ");
        assertThat(JapaneseText.toZenginKana("ｷｮｳｺ")).isEqualTo("ｷﾖｳｺ");
    }

    @Test
    void full_width_letters_become_upper_case_half_width() {
        assertThat(JapaneseText.toZenginKana("ａｂｃ１２３（株）")).isEqualTo("ABC123(株)");
        assertThat(JapaneseText.toZenginKana("abc")).isEqualTo("ABC");
    }

    @Test
    void long_vowel_mark_is_a_hyphen_unless_the_bank_takes_the_extended_set() {
        assertThat(JapaneseText.toZenginKana("ユーザー")).isEqualTo("ﾕ-ｻﾞ-");
        assertThat(JapaneseText.toZenginKana("ユーザー", ZenginCharset.EXTENDED)).isEqualTo("ﾕｰｻﾞｰ");
    }

    @Test
    void validation_names_the_first_character_zengin_cannot_carry() {
        assertThat(ZenginName.validate("ﾔﾏﾀﾞ ﾊﾅｺ", ZenginCharset.STANDARD)).isEmpty();
        assertThat(ZenginName.validate("ﾔﾏﾀﾞ 花子", ZenginCharset.STANDARD)).contains("花");
        assertThat(ZenginName.validate("ｷｮｳｺ", ZenginCharset.STANDARD)).contains("ｮ");
        assertThat(ZenginName.validate("ｦ", ZenginCharset.STANDARD)).contains("ｦ");
        assertThat(ZenginName.validate("abc", ZenginCharset.STANDARD)).contains("a");
        assertThat(ZenginName.validate("ﾕｰｻﾞ", ZenginCharset.STANDARD)).contains("ｰ");
        assertThat(ZenginName.validate("ﾕｰｻﾞ", ZenginCharset.EXTENDED)).isEmpty();
        assertThat(ZenginName.validate("A/B,C¥｢D｣", ZenginCharset.EXTENDED)).isEmpty();
        assertThat(ZenginName.validate("A/B", ZenginCharset.STANDARD)).contains("/");
        assertThat(ZenginName.validate("(ｶ)-.", ZenginCharset.STANDARD)).isEmpty();
    }

    @Test
    void parse_converts_then_reports_the_offending_character() {
        assertThat(ZenginName.parse("やまだ はなこ", ZenginCharset.STANDARD, 30).get()).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        Parsed<String> bad = ZenginName.parse("山田　はなこ", ZenginCharset.STANDARD, 30);
        assertThat(bad.errorCode()).isEqualTo("shared.zengin.char");
        assertThat(bad.errorArgs()).containsExactly("山");
        assertThat(ZenginName.parse("　", ZenginCharset.STANDARD, 30).errorCode()).isEqualTo("shared.zengin.empty");
        assertThat(ZenginName.parse("アイウエオ", ZenginCharset.STANDARD, 4).errorCode()).isEqualTo("shared.zengin.tooLong");
    }

    @Test
    void company_forms_are_abbreviated_before_or_after_the_name() {
        assertThat(ZenginName.abbreviateCompanyForm("株式会社ハタラク", ZenginCharset.STANDARD)).isEqualTo("ｶ)ﾊﾀﾗｸ");
        assertThat(ZenginName.abbreviateCompanyForm("ハタラク株式会社", ZenginCharset.STANDARD)).isEqualTo("ﾊﾀﾗｸ(ｶ");
        assertThat(ZenginName.abbreviateCompanyForm("カブシキガイシャ　ハタラク", ZenginCharset.STANDARD)).isEqualTo("ｶ)ﾊﾀﾗｸ");
        assertThat(ZenginName.abbreviateCompanyForm("有限会社やまびこ", ZenginCharset.STANDARD)).isEqualTo("ﾕ)ﾔﾏﾋﾞｺ");
        assertThat(ZenginName.abbreviateCompanyForm("合同会社ミドリ", ZenginCharset.STANDARD)).isEqualTo("ﾄﾞ)ﾐﾄﾞﾘ");
        assertThat(ZenginName.abbreviateCompanyForm("ミドリ合同会社", ZenginCharset.STANDARD)).isEqualTo("ﾐﾄﾞﾘ(ﾄﾞ");
        assertThat(ZenginName.abbreviateCompanyForm("ヤマダ ハナコ", ZenginCharset.STANDARD)).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
    }

    @Test
    void voiced_and_semi_voiced_kana_and_combining_marks_are_split() {
        assertThat(JapaneseText.toZenginKana("ぱぴぷぺぽ")).isEqualTo("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ");
        assertThat(JapaneseText.toZenginKana("ヴ")).isEqualTo("ｳﾞ");
        assertThat(JapaneseText.toZenginKana("か\u3099")).isEqualTo("ｶﾞ");
        assertThat(JapaneseText.toZenginKana("か゛")).isEqualTo("ｶﾞ");
    }

    @Test
    void every_small_kana_and_half_width_wo_become_large() {
        assertThat(JapaneseText.toZenginKana("ぁぃぅぇぉゃゅょっゎ")).isEqualTo("ｱｲｳｴｵﾔﾕﾖﾂﾜ");
        assertThat(JapaneseText.toZenginKana("ｦ")).isEqualTo("ｵ");
    }

    @Test
    void full_width_brackets_hyphen_and_full_stop_become_half_width() {
        assertThat(JapaneseText.toZenginKana("ｶ)abc")).isEqualTo("ｶ)ABC");
        assertThat(JapaneseText.toZenginKana("（カ）ＡＢＣ－１．")).isEqualTo("(ｶ)ABC-1.");
        assertThat(JapaneseText.toZenginKana("ヤマダ・ハナコ")).isEqualTo("ﾔﾏﾀﾞ.ﾊﾅｺ");
        assertThat(JapaneseText.toZenginKana("ﾔﾏﾀﾞ･ﾊﾅｺ")).isEqualTo("ﾔﾏﾀﾞ.ﾊﾅｺ");
        assertThat(JapaneseText.toZenginKana("ｽｰﾊﾟｰ")).isEqualTo("ｽ-ﾊﾟ-");
    }

    @Test
    void the_extended_set_takes_slash_comma_yen_and_brackets() {
        assertThat(ZenginName.parse("A/B", ZenginCharset.STANDARD, 30).errorArgs()).containsExactly("/");
        assertThat(ZenginName.parse("A/B,￥「C」", ZenginCharset.EXTENDED, 30).get()).isEqualTo("A/B,¥｢C｣");
        assertThat(ZenginName.parse("「C」", ZenginCharset.STANDARD, 30).errorArgs()).containsExactly("「");
    }

    @Test
    void the_rejected_character_is_named_as_it_was_typed() {
        assertThat(ZenginName.parse("やまだ 花子", ZenginCharset.STANDARD, 30).errorArgs()).containsExactly("花");
        assertThat(ZenginName.parse("ｱ&ｲ", ZenginCharset.STANDARD, 30).errorArgs()).containsExactly("&");
        assertThat(ZenginName.parse("ｱ＆ｲ", ZenginCharset.STANDARD, 30).errorArgs()).containsExactly("＆");
        assertThat(ZenginName.parse("ｱ😀", ZenginCharset.STANDARD, 30).errorArgs()).containsExactly("😀");
    }

    @Test
    void surrounding_spaces_are_dropped_and_runs_of_spaces_become_one() {
        assertThat(JapaneseText.toZenginKana("  やまだ 　 はなこ  ")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(JapaneseText.toZenginKana("")).isEmpty();
        assertThat(JapaneseText.toZenginKana(null)).isEmpty();
    }

    @Test
    void existing_text_helpers_are_unchanged() {
        assertThat(JapaneseText.searchKey("ﾔﾏﾀﾞ ﾊﾅｺ")).isEqualTo("やまだはなこ");
        assertThat(JapaneseText.nfkc(" ＡＢＣ ")).isEqualTo("ABC");
    }
}
