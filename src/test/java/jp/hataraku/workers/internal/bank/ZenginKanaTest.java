package jp.hataraku.workers.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZenginKanaTest {

    private static String ok(String name) {
        ZenginKana.Result result = ZenginKana.STANDARD.convert(name);
        assertThat(result.ok()).as("rejected %s", result.rejected()).isTrue();
        return result.kana();
    }

    @Test
    void hiragana_and_full_width_katakana_become_half_width_with_split_voiced_marks() {
        assertThat(ok("やまだ　はなこ")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(ok("ヤマダ ハナコ")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(ok("ぱぴぷぺぽ")).isEqualTo("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ");
        assertThat(ok("ヴ")).isEqualTo("ｳﾞ");
    }

    @Test
    void small_kana_become_large_and_wo_becomes_o() {
        assertThat(ok("きょうこ")).isEqualTo("ｷﾖｳｺ");
        assertThat(ok("ﾊｯﾄﾘ")).isEqualTo("ﾊﾂﾄﾘ");
        assertThat(ok("ヲ")).isEqualTo("ｵ");
        assertThat(ok("ｦ")).isEqualTo("ｵ");
        assertThat(ok("ぁぃぅぇぉゃゅょっゎ")).isEqualTo("ｱｲｳｴｵﾔﾕﾖﾂﾜ");
    }

    @Test
    void letters_are_upper_cased_and_full_width_ascii_made_half_width() {
        assertThat(ok("ｶ)abc")).isEqualTo("ｶ)ABC");
        assertThat(ok("（カ）ＡＢＣ－１．")).isEqualTo("(ｶ)ABC-1.");
    }

    @Test
    void long_vowel_is_a_hyphen_in_the_standard_set_and_kept_in_the_extended_set() {
        assertThat(ok("スーパー")).isEqualTo("ｽ-ﾊﾟ-");
        assertThat(ZenginKana.EXTENDED.convert("スーパー").kana()).isEqualTo("ｽｰﾊﾟｰ");
    }

    @Test
    void the_extended_set_takes_slash_comma_yen_and_brackets() {
        assertThat(ZenginKana.STANDARD.convert("A/B").rejected()).isEqualTo("/");
        assertThat(ZenginKana.EXTENDED.convert("A/B,￥「C」").kana()).isEqualTo("A/B,¥｢C｣");
    }

    @Test
    void names_the_first_character_that_cannot_be_carried() {
        ZenginKana.Result result = ZenginKana.STANDARD.convert("やまだ 花子");
        assertThat(result.ok()).isFalse();
        assertThat(result.rejected()).isEqualTo("花");
        assertThat(result.rejectedIndex()).isEqualTo(4);
        assertThat(result.value()).isEmpty();
        assertThat(ZenginKana.STANDARD.convert("ｱ&ｲ").rejected()).isEqualTo("&");
        assertThat(ZenginKana.STANDARD.convert("ｱ😀").rejected()).isEqualTo("😀");
    }

    @Test
    void spaces_are_trimmed_and_collapsed() {
        assertThat(ok("  やまだ 　 はなこ  ")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(ok("")).isEmpty();
    }

    @Test
    void combining_voiced_marks_are_carried() {
        assertThat(ok("か\u3099")).isEqualTo("ｶﾞ");
    }
}
