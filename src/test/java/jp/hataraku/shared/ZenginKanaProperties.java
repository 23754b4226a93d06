package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Properties of reading a typed name into Zengin kana ({@link ZenginName#parse}). */
class ZenginKanaProperties {

    private static final int NO_LIMIT = Integer.MAX_VALUE;

    @Property
    void whatever_is_accepted_is_carried_by_every_bank(@ForAll String any) {
        Parsed<String> result = ZenginName.parse(any, ZenginCharset.STANDARD, NO_LIMIT);
        if (result.isValid()) {
            assertThat(ZenginName.validate(result.get(), ZenginCharset.STANDARD)).isEmpty();
        } else if (result.errorCode().equals("shared.zengin.char")) {
            assertThat(any).contains(result.errorArgs().get(0));
        } else {
            assertThat(result.errorCode()).isEqualTo("shared.zengin.empty");
            assertThat(any.strip()).isEmpty();
        }
    }

    @Property
    void every_hiragana_name_converts(@ForAll @CharRange(from = 'ぁ', to = 'ゖ') @StringLength(min = 1, max = 30) String name) {
        Parsed<String> result = ZenginName.parse(name, ZenginCharset.STANDARD, NO_LIMIT);
        assertThat(result.isValid()).isTrue();
        assertThat(result.get().length()).isGreaterThanOrEqualTo(name.length());
    }

    @Property
    void hiragana_and_katakana_give_the_same_kana(@ForAll @CharRange(from = 'ぁ', to = 'ゖ') String name) {
        StringBuilder katakana = new StringBuilder();
        name.chars().forEach(c -> katakana.append((char) (c + 0x60)));
        assertThat(JapaneseText.toZenginKana(katakana.toString())).isEqualTo(JapaneseText.toZenginKana(name));
    }

    @Property
    void converting_twice_changes_nothing(@ForAll @Chars({'あ', 'が', 'ぱ', 'ゃ', 'ア', 'ヴ', 'ｧ', 'a', 'Ｚ', '1', ' ', '　', 'ー', '(', '・'})
            String name) {
        for (ZenginCharset set : ZenginCharset.values()) {
            String once = JapaneseText.toZenginKana(name, set);
            assertThat(JapaneseText.toZenginKana(once, set)).isEqualTo(once);
            assertThat(ZenginName.validate(once, set)).isEmpty();
        }
    }

    @Property
    void a_kanji_is_named_as_the_first_rejected_character(
            @ForAll @CharRange(from = 'ア', to = 'ン') @StringLength(max = 10) String prefix,
            @ForAll @CharRange(from = '一', to = '龥') char kanji) {
        Parsed<String> result = ZenginName.parse(prefix + kanji + "&", ZenginCharset.STANDARD, NO_LIMIT);
        assertThat(result.errorCode()).isEqualTo("shared.zengin.char");
        assertThat(result.errorArgs()).containsExactly(String.valueOf(kanji));
    }
}
