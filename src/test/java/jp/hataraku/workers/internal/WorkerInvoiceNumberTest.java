package jp.hataraku.workers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerInvoiceNumberTest {

    @Test
    void a_registration_number_with_the_right_check_digit_is_accepted_in_any_width() {
        assertThat(InvoiceRegistrationNumber.normalise("T7000012050002")).isEqualTo("T7000012050002");
        assertThat(InvoiceRegistrationNumber.normalise("ｔ７０００-０１２０-５０００２")).isEqualTo("T7000012050002");
    }

    @Test
    void a_wrong_check_digit_is_refused() {
        assertThat(InvoiceRegistrationNumber.normalise("T6000012050002")).isNull();
    }

    @Test
    void a_number_without_t_or_with_the_wrong_length_is_refused() {
        assertThat(InvoiceRegistrationNumber.normalise("7000012050002")).isNull();
        assertThat(InvoiceRegistrationNumber.normalise("T700001205000")).isNull();
    }

    @Test
    void kana_names_accept_hiragana_katakana_half_width_and_spaces_only() {
        assertThat(Parse.isKana("やまだ はなこ")).isTrue();
        assertThat(Parse.isKana("ﾔﾏﾀﾞ ﾊﾅｺ")).isTrue();
        assertThat(Parse.isKana("ヤマダ　ハナコー")).isTrue();
        assertThat(Parse.isKana("山田")).isFalse();
        assertThat(Parse.isKana("Yamada")).isFalse();
    }
}
