package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Corporate and registration numbers, postal codes and phone numbers. */
class NumbersTest {

    // The National Tax Agency's own corporate number, as published.
    private static final String NTA = "7000012050002";

    @Test
    void a_published_corporate_number_passes_the_check() {
        assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
        assertThat(CorporateNumber.isValid(NTA)).isTrue();
        assertThat(CorporateNumber.parse("7000-0120-50002").get().value()).isEqualTo(NTA);
        assertThat(CorporateNumber.parse("７０００ ０１２０ ５０００２").get().value()).isEqualTo(NTA);
    }

    @Test
    void corporate_number_errors_have_codes() {
        assertThat(CorporateNumber.parse("").errorCode()).isEqualTo("shared.corporateNumber.empty");
        assertThat(CorporateNumber.parse("12345").errorCode()).isEqualTo("shared.corporateNumber.format");
        assertThat(CorporateNumber.parse("8000012050002").errorCode()).isEqualTo("shared.corporateNumber.checkDigit");
        assertThatThrownBy(() -> new CorporateNumber("8000012050002")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registration_numbers_are_T_and_a_checked_number() {
        assertThat(RegistrationNumber.parse("T7000012050002").get().digits()).isEqualTo(NTA);
        assertThat(RegistrationNumber.parse("ｔ7000-0120-50002").get().value()).isEqualTo("T" + NTA);
        assertThat(RegistrationNumber.of(new CorporateNumber(NTA)).value()).isEqualTo("T" + NTA);
        assertThat(RegistrationNumber.parse(" ").errorCode()).isEqualTo("shared.registrationNumber.empty");
        assertThat(RegistrationNumber.parse("7000012050002").errorCode()).isEqualTo("shared.registrationNumber.format");
        assertThat(RegistrationNumber.parse("T700001205000").errorCode()).isEqualTo("shared.registrationNumber.format");
        assertThat(RegistrationNumber.parse("ｔ７０００-０１２０-５０００２").get().value()).isEqualTo("T" + NTA);
        assertThat(RegistrationNumber.parse("T6000012050002").errorCode()).isEqualTo("shared.registrationNumber.checkDigit");
        assertThat(RegistrationNumber.parse("T7000012050003").errorCode()).isEqualTo("shared.registrationNumber.checkDigit");
        assertThatThrownBy(() -> new RegistrationNumber("T1000012050002")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postal_codes_accept_hyphens_marks_and_full_width() {
        assertThat(PostalCode.parse("399-4511").get().digits()).isEqualTo("3994511");
        assertThat(PostalCode.parse("〒３９９－４５１１").get().formatted()).isEqualTo("399-4511");
        assertThat(PostalCode.parse("3994511").get().formatted()).isEqualTo("399-4511");
        assertThat(PostalCode.parse("").errorCode()).isEqualTo("shared.postalCode.empty");
        assertThat(PostalCode.parse("399-451").errorCode()).isEqualTo("shared.postalCode.format");
        assertThat(PostalCode.parse("39a-4511").errorCode()).isEqualTo("shared.postalCode.format");
    }

    @Test
    void phone_numbers_are_normalised_to_digits_and_hyphens() {
        assertThat(PhoneNumber.parse("０２６３－１２－３４５６").get().value()).isEqualTo("0263-12-3456");
        assertThat(PhoneNumber.parse("(0263) 12-3456").get().value()).isEqualTo("0263-12-3456");
        assertThat(PhoneNumber.parse("09012345678").get().digits()).isEqualTo("09012345678");
        assertThat(PhoneNumber.parse("+81 90 1234 5678").get().value()).isEqualTo("090-1234-5678");
        assertThat(PhoneNumber.parse("090ー1234ー5678").get().value()).isEqualTo("090-1234-5678");
        assertThat(PhoneNumber.parse("").errorCode()).isEqualTo("shared.phone.empty");
        assertThat(PhoneNumber.parse("12345").errorCode()).isEqualTo("shared.phone.format");
        assertThat(PhoneNumber.parse("0263-12-345a").errorCode()).isEqualTo("shared.phone.format");
    }
}
