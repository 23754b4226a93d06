package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class ZenginNameProperties {

    private static final String STANDARD_ALPHABET = standardAlphabet();

    private static String standardAlphabet() {
        StringBuilder s = new StringBuilder("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ ()-.ﾞﾟ");
        for (char c = 'ｱ'; c <= 'ﾝ'; c++) {
            s.append(c);
        }
        return s.toString();
    }

    @Provide
    Arbitrary<String> kanaNames() {
        Arbitrary<Character> katakana = Arbitraries.chars().range('\u30A1', '\u30FA');
        Arbitrary<Character> hiragana = Arbitraries.chars().range('\u3041', '\u3096');
        Arbitrary<Character> other = Arbitraries.of('ー', '　', ' ', '・');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, katakana), net.jqwik.api.Tuple.of(3, hiragana), net.jqwik.api.Tuple.of(1, other))
                .list().ofMinSize(1).ofMaxSize(20)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property
    void converted_kana_names_contain_only_allowed_characters(@ForAll("kanaNames") String name) {
        String converted = JapaneseText.toZenginKana(name);
        assertThat(ZenginName.validate(converted, ZenginCharset.STANDARD)).isEmpty();
        assertThat(ZenginName.validate(JapaneseText.toZenginKana(name, ZenginCharset.EXTENDED), ZenginCharset.EXTENDED))
                .isEmpty();
    }

    @Property
    void conversion_is_idempotent(@ForAll("kanaNames") String name) {
        String once = JapaneseText.toZenginKana(name);
        assertThat(JapaneseText.toZenginKana(once)).isEqualTo(once.strip());
    }

    @Property(tries = 2000)
    void standard_validation_accepts_exactly_the_standard_alphabet(@ForAll @CharRange(from = '\u0000', to = '\uFFEF') char c) {
        boolean allowed = STANDARD_ALPHABET.indexOf(c) >= 0;
        assertThat(ZenginName.validate(String.valueOf(c), ZenginCharset.STANDARD).isEmpty()).isEqualTo(allowed);
    }

    @Property
    void every_character_of_the_alphabets_is_accepted(@ForAll @StringLength(max = 30) String ignored) {
        assertThat(ZenginName.validate(STANDARD_ALPHABET, ZenginCharset.STANDARD)).isEmpty();
        assertThat(ZenginName.validate(STANDARD_ALPHABET + "/,¥｢｣ｰ", ZenginCharset.EXTENDED)).isEmpty();
    }

    @Property
    void the_first_offending_character_is_the_one_reported(@ForAll("kanaNames") String name) {
        String text = JapaneseText.toZenginKana(name) + "漢" + "字";
        assertThat(ZenginName.validate(text, ZenginCharset.STANDARD)).contains("漢");
    }
}
