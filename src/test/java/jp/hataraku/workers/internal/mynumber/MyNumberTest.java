package jp.hataraku.workers.internal.mynumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MyNumberTest {

    @Test
    void check_digit_follows_the_ordinance() {
        // 1234567890 1: P(1..11) = 1,0,9,8,7,6,5,4,3,2,1; Q = 2,3,4,5,6,7,1,2,3,4,5; Σ = 197; 197 mod 11 = 10 → 11 − 10 = 1
        assertThat(MyNumber.checkDigit("12345678901")).isEqualTo(1);
        // Σ = 0 → remainder 0 → 0
        assertThat(MyNumber.checkDigit("00000000000")).isZero();
        // 00000000001: P(1) = 1, Q(1) = 2 → Σ = 2 → 9
        assertThat(MyNumber.checkDigit("00000000001")).isEqualTo(9);
        // 00000100000: P(6) = 1, Q(6) = 7 → 4;  10000000000: P(11) = 1, Q(11) = 5 → 6
        assertThat(MyNumber.checkDigit("00000100000")).isEqualTo(4);
        assertThat(MyNumber.checkDigit("10000000000")).isEqualTo(6);
        // 00000000005: Σ = 10 → 1;  00000000050: P(2) = 5, Q(2) = 3 → Σ = 15 → 4 → 7
        assertThat(MyNumber.checkDigit("00000000005")).isEqualTo(1);
        assertThat(MyNumber.checkDigit("00000000050")).isEqualTo(7);
        // remainder 1 → 0: 00000000006 gives Σ = 12 → 1
        assertThat(MyNumber.checkDigit("00000000006")).isZero();
    }

    @Test
    void accepts_twelve_digits_with_a_matching_check_digit_in_any_width_and_grouping() {
        assertThat(MyNumber.parse("123456789011")).get().extracting(MyNumber::digits).isEqualTo("123456789011");
        assertThat(MyNumber.parse("１２３４ ５６７８ ９０１１")).get().extracting(MyNumber::digits).isEqualTo("123456789011");
        assertThat(MyNumber.parse("1234-5678-9011")).isPresent();
    }

    @Test
    void refuses_a_wrong_check_digit_or_length_or_letters() {
        assertThat(MyNumber.parse("123456789012")).isEmpty();
        assertThat(MyNumber.parse("12345678901")).isEmpty();
        assertThat(MyNumber.parse("1234567890111")).isEmpty();
        assertThat(MyNumber.parse("12345678901a")).isEmpty();
        assertThat(MyNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> MyNumber.checkDigit("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_masked_on_screen_and_never_shown_by_to_string() {
        MyNumber number = MyNumber.parse("123456789011").orElseThrow();
        assertThat(number.masked()).isEqualTo("********9011");
        assertThat(number.toString()).doesNotContain("1234").doesNotContain("9011").doesNotContain("5678");
        assertThat(number).isEqualTo(MyNumber.parse("1234 5678 9011").orElseThrow());
    }
}
