package jp.hataraku.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LocalGovernmentCodeTest {

    @Test
    void published_codes_have_the_check_digits_the_ministry_gives_them() {
        // 千代田区, 札幌市, 北海道, 大阪市, 横浜市, 雫石町, 堺市
        assertThat(LocalGovernmentCode.checkDigit("13101")).isEqualTo(6);
        assertThat(LocalGovernmentCode.checkDigit("01100")).isEqualTo(2);
        assertThat(LocalGovernmentCode.checkDigit("01000")).isEqualTo(6);
        assertThat(LocalGovernmentCode.checkDigit("27100")).isEqualTo(4);
        assertThat(LocalGovernmentCode.checkDigit("14100")).isEqualTo(3);
        assertThat(LocalGovernmentCode.checkDigit("03301")).isEqualTo(4);
        assertThat(LocalGovernmentCode.checkDigit("27140")).isEqualTo(3);
        assertThat(new LocalGovernmentCode("131016").prefectureCode()).isEqualTo("13");
    }

    @Test
    void remainders_zero_and_one_give_one_and_zero() {
        // 0·6+0·5+0·4+1·3+4·2 = 11 → remainder 0 → 11 → 1
        assertThat(LocalGovernmentCode.checkDigit("00014")).isEqualTo(1);
        // 1·6+0·5+0·4+0·3+3·2 = 12 → remainder 1 → 10 → 0
        assertThat(LocalGovernmentCode.checkDigit("10003")).isEqualTo(0);
    }

    @Test
    void typed_codes_are_read_in_full_or_half_width_with_or_without_the_check_digit() {
        assertThat(LocalGovernmentCode.parse("１３１０１６")).contains(new LocalGovernmentCode("131016"));
        assertThat(LocalGovernmentCode.parse(" 13101 ")).contains(new LocalGovernmentCode("131016"));
        assertThat(LocalGovernmentCode.parse("131017")).isEmpty();
        assertThat(LocalGovernmentCode.parse("481001")).isEmpty();
        assertThat(LocalGovernmentCode.parse("1310")).isEmpty();
        assertThat(LocalGovernmentCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new LocalGovernmentCode("131017")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The weights 6…2 are prime to 11, so one wrong digit always changes the remainder; the check
     * digit then differs, except between remainders 0 and 10, which both give 1.
     */
    @Property
    void a_single_digit_error_is_detected_unless_it_moves_the_remainder_between_0_and_10(@ForAll @IntRange(min = 1000, max = 47999) int five,
            @ForAll @IntRange(min = 0, max = 4) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String code = String.format("%05d", five);
        String good = code + LocalGovernmentCode.checkDigit(code);
        char[] wrong = good.toCharArray();
        wrong[position] = (char) ('0' + (wrong[position] - '0' + shift) % 10);
        String typo = new String(wrong);
        boolean detected = LocalGovernmentCode.checkDigit(typo.substring(0, 5)) != typo.charAt(5) - '0';
        java.util.Set<Integer> remainders = java.util.Set.of(remainder(code), remainder(typo.substring(0, 5)));
        assertThat(detected || remainders.equals(java.util.Set.of(0, 10))).as(good + " → " + typo).isTrue();
        assertThat(remainder(code)).as("one wrong digit changes the remainder").isNotEqualTo(remainder(typo.substring(0, 5)));
    }

    private static int remainder(String five) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (five.charAt(i) - '0') * (6 - i);
        }
        return sum % 11;
    }
}
