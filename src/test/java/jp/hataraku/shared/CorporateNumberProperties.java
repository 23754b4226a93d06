package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CorporateNumberProperties {

    @Provide
    Arbitrary<String> twelveDigits() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(12);
    }

    @Property
    void a_number_with_its_computed_check_digit_is_valid(@ForAll("twelveDigits") String body) {
        String number = CorporateNumber.checkDigit(body) + body;
        assertThat(CorporateNumber.parse(number).get().value()).isEqualTo(number);
        assertThat(RegistrationNumber.parse("T" + number).get().digits()).isEqualTo(number);
    }

    @Property
    void a_zero_nine_swap_in_the_body_is_the_one_change_the_scheme_cannot_see(@ForAll("twelveDigits") String body,
            @ForAll @IntRange(min = 0, max = 11) int position) {
        char swapped = body.charAt(position) == '0' ? '9' : body.charAt(position) == '9' ? '0' : body.charAt(position);
        String other = body.substring(0, position) + swapped + body.substring(position + 1);
        assertThat(CorporateNumber.checkDigit(other)).isEqualTo(CorporateNumber.checkDigit(body));
    }

    @Property
    void the_check_digit_is_between_1_and_9(@ForAll("twelveDigits") String body) {
        assertThat(CorporateNumber.checkDigit(body)).isBetween(1, 9);
    }

    @Property
    void any_single_digit_change_is_detected(@ForAll("twelveDigits") String body,
            @ForAll @IntRange(min = 0, max = 12) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        String number = CorporateNumber.checkDigit(body) + body;
        char changed = (char) ('0' + (number.charAt(position) - '0' + delta) % 10);
        String altered = number.substring(0, position) + changed + number.substring(position + 1);
        // Weights are 1 and 2 and the sum is taken mod 9, so a 0 <-> 9 change in the body leaves the
        // check digit the same: the scheme itself cannot see it. Every other single change is caught.
        Assume.that(position == 0 || Math.abs(changed - number.charAt(position)) != 9);
        assertThat(CorporateNumber.isValid(altered)).isFalse();
        assertThat(RegistrationNumber.parse("T" + altered).errorCode()).isEqualTo("shared.registrationNumber.checkDigit");
    }
}
