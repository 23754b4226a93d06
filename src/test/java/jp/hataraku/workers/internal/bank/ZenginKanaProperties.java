package jp.hataraku.workers.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ZenginKanaProperties {

    @Property
    void whatever_is_accepted_is_carried_by_every_bank(@ForAll String any) {
        ZenginKana.Result result = ZenginKana.STANDARD.convert(any);
        if (result.ok()) {
            assertThat(ZenginKana.STANDARD.isCarried(result.kana())).isTrue();
        } else {
            assertThat(any).contains(result.rejected());
        }
    }

    @Property
    void every_hiragana_name_converts(@ForAll @CharRange(from = 'ぁ', to = 'ゖ') @StringLength(max = 30) String name) {
        ZenginKana.Result result = ZenginKana.STANDARD.convert(name);
        assertThat(result.ok()).isTrue();
        assertThat(result.kana().length()).isGreaterThanOrEqualTo(name.length());
    }

    @Property
    void hiragana_and_katakana_give_the_same_kana(@ForAll @CharRange(from = 'ぁ', to = 'ゖ') String name) {
        StringBuilder katakana = new StringBuilder();
        name.chars().forEach(c -> katakana.append((char) (c + 0x60)));
        assertThat(ZenginKana.STANDARD.convert(katakana.toString())).isEqualTo(ZenginKana.STANDARD.convert(name));
    }

    @Property
    void converting_twice_changes_nothing(@ForAll @Chars({'あ', 'が', 'ぱ', 'ゃ', 'ア', 'ヴ', 'ｧ', 'a', 'Ｚ', '1', ' ', '　', 'ー', '(', '・'})
            String name) {
        for (ZenginKana set : new ZenginKana[] {ZenginKana.STANDARD, ZenginKana.EXTENDED}) {
            String once = set.convert(name).kana();
            assertThat(set.convert(once).kana()).isEqualTo(once);
        }
    }

    @Property
    void a_kanji_is_named_as_the_first_rejected_character(
            @ForAll @CharRange(from = 'ア', to = 'ン') @StringLength(max = 10) String prefix,
            @ForAll @CharRange(from = '一', to = '龥') char kanji) {
        ZenginKana.Result result = ZenginKana.STANDARD.convert(prefix + kanji + "&");
        assertThat(result.rejected()).isEqualTo(String.valueOf(kanji));
        assertThat(result.rejectedIndex()).isEqualTo(prefix.length());
    }
}
