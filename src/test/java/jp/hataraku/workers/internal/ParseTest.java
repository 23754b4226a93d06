package jp.hataraku.workers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ParseTest {

    @Test
    void kana_names_accept_hiragana_katakana_half_width_and_spaces_only() {
        assertThat(Parse.isKana("やまだ はなこ")).isTrue();
        assertThat(Parse.isKana("ﾔﾏﾀﾞ ﾊﾅｺ")).isTrue();
        assertThat(Parse.isKana("ヤマダ　ハナコー")).isTrue();
        assertThat(Parse.isKana("山田")).isFalse();
        assertThat(Parse.isKana("Yamada")).isFalse();
    }

    @Test
    void postal_codes_are_stored_as_seven_digits() {
        assertThat(Parse.postalCode("389-0111")).isEqualTo("3890111");
        assertThat(Parse.postalCode("〒３８９－０１１１")).isEqualTo("3890111");
        assertThat(Parse.postalCode("3890111")).isEqualTo("3890111");
        assertThat(Parse.postalCode("389-011")).isNull();
        assertThat(Parse.postalCode("")).isNull();
    }

    @Test
    void phone_numbers_keep_their_hyphens_in_half_width() {
        assertThat(Parse.phone("0268-12-3456")).isEqualTo("0268-12-3456");
        assertThat(Parse.phone("０９０－１２３４－５６７８")).isEqualTo("090-1234-5678");
        assertThat(Parse.phone("0268123456")).isEqualTo("0268123456");
        assertThat(Parse.phone("0268-12-345")).isNull();
        assertThat(Parse.phone("0268-12-3456a")).isNull();
        assertThat(Parse.phone(null)).isNull();
    }

    @Test
    void dates_are_read_as_people_write_them() {
        assertThat(Parse.date("1990-04-01")).isEqualTo(LocalDate.of(1990, 4, 1));
        assertThat(Parse.date("１９９０／４／１")).isEqualTo(LocalDate.of(1990, 4, 1));
        assertThat(Parse.date("H2.4.1")).isEqualTo(LocalDate.of(1990, 4, 1));
        assertThat(Parse.date("1990-02-30")).isNull();
        assertThat(Parse.date(" ")).isNull();
    }
}
