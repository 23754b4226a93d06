package jp.hataraku.quality;

import static jp.hataraku.quality.FieldNormalisation.CASE;
import static jp.hataraku.quality.FieldNormalisation.DIGITS_ONLY;
import static jp.hataraku.quality.FieldNormalisation.KANA;
import static jp.hataraku.quality.FieldNormalisation.NFKC;
import static jp.hataraku.quality.FieldNormalisation.TRIM;
import static jp.hataraku.quality.FieldNormalisation.WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FieldNormalisationTest {

    private static String apply(String value, FieldNormalisation... flags) {
        return FieldNormalisation.apply(FieldNormalisation.setOf(flags), value);
    }

    @Test
    void no_flags_leave_the_value_as_typed() {
        assertThat(apply(" Ａｂ ｶﾞ ")).isEqualTo(" Ａｂ ｶﾞ ");
    }

    @Test
    void null_reads_as_empty() {
        assertThat(apply(null, NFKC, TRIM)).isEmpty();
    }

    @Test
    void nfkc_folds_compatibility_characters_and_trims() {
        assertThat(apply(" ＡＢＣ１２３ ㈱ﾔﾏﾀﾞ ", NFKC)).isEqualTo("ABC123 (株)ヤマダ");
    }

    @Test
    void width_folds_full_width_ascii_and_half_width_kana_only() {
        assertThat(apply("ＡＢＣ　１２３ ﾔﾏﾀﾞ ﾊﾟﾝ ①", WIDTH)).isEqualTo("ABC 123 ヤマダ パン ①");
    }

    @Test
    void kana_folds_katakana_to_hiragana() {
        assertThat(apply("ヤマダ ハナコ ヴ ヽ", KANA)).isEqualTo("やまだ はなこ ゔ ゝ");
        assertThat(apply("ﾔﾏﾀﾞ", WIDTH, KANA)).isEqualTo("やまだ");
    }

    @Test
    void case_folds_latin_letters_only() {
        assertThat(apply("Tokyo ÉCOLE ΑΒΓ", CASE)).isEqualTo("tokyo école ΑΒΓ");
    }

    @Test
    void trim_drops_surrounding_space_and_collapses_inner_runs_ideographic_space_included() {
        assertThat(apply(" \t山田\u3000\u3000 花子 \n", TRIM)).isEqualTo("山田 花子");
    }

    @Test
    void digits_only_keeps_digits_of_any_width() {
        assertThat(apply("０９０-1234-５６７８", DIGITS_ONLY)).isEqualTo("09012345678");
        assertThat(apply("(03) 1234 5678 内線12", DIGITS_ONLY)).isEqualTo("03123456781" + "2");
    }

    @Test
    void flags_apply_in_one_fixed_order_whatever_order_the_set_was_built_in() {
        Set<FieldNormalisation> forwards = EnumSet.of(NFKC, WIDTH, KANA, CASE, TRIM);
        assertThat(FieldNormalisation.apply(forwards, "　ﾔﾏﾀﾞ　Ｈａｎａ　"))
                .isEqualTo(apply("　ﾔﾏﾀﾞ　Ｈａｎａ　", TRIM, CASE, KANA, WIDTH, NFKC))
                .isEqualTo("やまだ hana");
    }

    @Test
    void each_type_has_a_sensible_default() {
        assertThat(FieldType.TEXT.defaultNormalisation()).containsExactlyInAnyOrder(NFKC, WIDTH, TRIM);
        assertThat(FieldType.CHOICE.defaultNormalisation()).isEmpty();
        assertThat(FieldSpec.of("name", FieldType.TEXT).normalisation()).isEqualTo(FieldType.TEXT.defaultNormalisation());
        assertThat(FieldSpec.of("tel", FieldType.TEXT, DIGITS_ONLY).normalisation()).containsExactly(DIGITS_ONLY);
    }
}
