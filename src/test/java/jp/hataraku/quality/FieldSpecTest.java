package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FieldSpecTest {

    private static final FieldSpec TEXT = FieldSpec.of("name", FieldType.TEXT);
    private static final FieldSpec NUMBER = FieldSpec.of("amount", FieldType.NUMBER);
    private static final FieldSpec DATE = FieldSpec.of("born", FieldType.DATE);
    private static final FieldSpec CHOICE = FieldSpec.of("prefecture", FieldType.CHOICE);
    private static final FieldSpec MULTI = FieldSpec.of("interests", FieldType.MULTIPLE_CHOICE);
    private static final FieldSpec CHECKBOX = FieldSpec.of("consent", FieldType.CHECKBOX);
    private static final FieldSpec PHONE = FieldSpec.of("tel", FieldType.TEXT, FieldNormalisation.DIGITS_ONLY);

    @ParameterizedTest(name = "text: \"{0}\" ≡ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "山田 花子|山田　花子", "ＡＢＣ商事|ABC商事", "ﾔﾏﾀﾞ|ヤマダ", " 山田  太郎 |山田 太郎", "'' |''"})
    void text_that_differs_only_in_width_and_spacing_is_the_same(String a, String b) {
        assertThat(TEXT.same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "text: \"{0}\" ≠ \"{1}\"")
    @CsvSource(delimiter = '|', value = {"山田|山本", "やまだ|ヤマダ", "abc|ABC", "山田花子|山田 花子"})
    void text_that_differs_in_content_kana_or_case_is_not_the_same_by_default(String a, String b) {
        assertThat(TEXT.same(a, b)).isFalse();
    }

    @Test
    void kana_and_case_can_be_ignored_when_a_field_asks() {
        FieldSpec reading = FieldSpec.of("reading", FieldType.TEXT, FieldNormalisation.NFKC, FieldNormalisation.KANA,
                FieldNormalisation.CASE, FieldNormalisation.TRIM);
        assertThat(reading.same("やまだ", "ﾔﾏﾀﾞ")).isTrue();
        assertThat(reading.same("Yamada", "YAMADA")).isTrue();
    }

    @ParameterizedTest(name = "number: \"{0}\" ≡ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "1,000|1000", "１０００|1000", "1000.0|1000", "1,000円|¥1000", "-5|−5", "0.50|.5", "+7|7", "0|-0", " 12 |12"})
    void numbers_compare_by_value(String a, String b) {
        assertThat(NUMBER.same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "number: \"{0}\" ≠ \"{1}\"")
    @CsvSource(delimiter = '|', value = {"1000|100", "1,000|1.000", "abc|1", "10|10a"})
    void different_numbers_or_unreadable_text_are_not_the_same(String a, String b) {
        assertThat(NUMBER.same(a, b)).isFalse();
    }

    @Test
    void unreadable_numbers_still_agree_when_typed_the_same() {
        assertThat(NUMBER.same("不明", "不明")).isTrue();
    }

    @ParameterizedTest(name = "date: \"{0}\" ≡ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "2023/4/1|2023-04-01", "R5.4.1|令和5年4月1日", "２０２３年４月１日|20230401", "H31.4.30|2019/04/30 0:00:00"})
    void dates_compare_by_day(String a, String b) {
        assertThat(DATE.same(a, b)).isTrue();
    }

    @Test
    void different_days_are_not_the_same() {
        assertThat(DATE.same("2023/4/1", "2023/4/2")).isFalse();
        assertThat(DATE.same("2023/2/30", "2023/3/2")).isFalse();
    }

    @Test
    void a_choice_is_its_exact_code() {
        assertThat(CHOICE.same("13", "13")).isTrue();
        assertThat(CHOICE.same("13", "１３")).isFalse();
        assertThat(CHOICE.same("tokyo", "Tokyo")).isFalse();
    }

    @Test
    void multiple_choices_are_the_same_set_in_any_order_and_separator() {
        assertThat(MULTI.same("a,b,c", "c、b a")).isTrue();
        assertThat(MULTI.same("a,b", "a,b,b")).isTrue();
        assertThat(MULTI.same("a,b", "a")).isFalse();
        assertThat(MULTI.same("", " , ")).isTrue();
    }

    @ParameterizedTest(name = "checkbox: \"{0}\" ≡ \"{1}\"")
    @CsvSource(delimiter = '|', value = {"true|1", "TRUE|yes", "on|✓", "はい|checked", "''|false", "0|no", "off|いいえ"})
    void checkboxes_compare_as_ticked_or_not(String a, String b) {
        assertThat(CHECKBOX.same(a, b)).isTrue();
    }

    @Test
    void ticked_is_not_unticked() {
        assertThat(CHECKBOX.same("true", "false")).isFalse();
        assertThat(CHECKBOX.same("1", "")).isFalse();
        assertThat(CHECKBOX.same("maybe", "1")).isFalse();
    }

    @Test
    void a_phone_number_compares_by_its_digits() {
        assertThat(PHONE.same("090-1234-5678", "０９０（１２３４）５６７８")).isTrue();
        assertThat(PHONE.same("090-1234-5678", "090-1234-5679")).isFalse();
    }

    @Test
    void a_missing_value_is_the_empty_value() {
        assertThat(TEXT.same(null, "")).isTrue();
        assertThat(TEXT.same(null, " ")).isTrue();
        assertThat(TEXT.same(null, "x")).isFalse();
    }

    @Test
    void a_field_needs_a_name() {
        assertThatThrownBy(() -> FieldSpec.of(" ", FieldType.TEXT)).isInstanceOf(IllegalArgumentException.class);
    }
}
