package jp.hataraku.workers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseKanaTest {

    @Test
    void kana_names_accept_hiragana_katakana_half_width_and_spaces_only() {
        assertThat(Parse.isKana("やまだ はなこ")).isTrue();
        assertThat(Parse.isKana("ﾔﾏﾀﾞ ﾊﾅｺ")).isTrue();
        assertThat(Parse.isKana("ヤマダ　ハナコー")).isTrue();
        assertThat(Parse.isKana("山田")).isFalse();
        assertThat(Parse.isKana("Yamada")).isFalse();
    }
}
