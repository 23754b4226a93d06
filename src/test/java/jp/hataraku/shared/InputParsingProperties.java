package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Parsing user input: never throws, and reads back what the formatters write. */
class InputParsingProperties {

    private final JapaneseDates dates = new JapaneseDates();

    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        ascii.chars().forEach(c -> s.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return s.toString();
    }

    @Property
    void any_text_is_answered_with_a_value_or_a_code(@ForAll @StringLength(max = 30) String text) {
        assertThat(FlexibleDateParser.parse(text)).isNotNull();
        assertThat(PostalCode.parse(text)).isNotNull();
        assertThat(PhoneNumber.parse(text)).isNotNull();
        assertThat(RegistrationNumber.parse(text)).isNotNull();
        assertThat(CorporateNumber.parse(text)).isNotNull();
        assertThat(Yen.parse(text)).isNotNull();
        assertThat(BankAccount.parse(text, text, text, text, text, ZenginCharset.STANDARD)).isNotNull();
    }

    @Property
    void dates_read_back_in_every_written_form(@ForAll @IntRange(min = 0, max = 83000) int offset) {
        LocalDate date = Era.EARLIEST.plusDays(offset);
        Era era = Era.of(date);
        String slash = date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
        String letter = era.letter() + "" + era.yearOf(date) + "." + date.getMonthValue() + "." + date.getDayOfMonth();
        for (String written : new String[] {slash, date.toString(), dates.seireki(date), dates.wareki(date), letter,
                fullWidth(slash), fullWidth(letter)}) {
            assertThat(FlexibleDateParser.parse(written).optional()).as(written).contains(date);
        }
    }

    @Property
    void postal_codes_read_in_any_width_with_or_without_hyphen(@ForAll @StringLength(7) @CharRange(from = '0', to = '9')
            String digits) {
        String hyphenated = digits.substring(0, 3) + "-" + digits.substring(3);
        assertThat(PostalCode.parse(digits).get().digits()).isEqualTo(digits);
        assertThat(PostalCode.parse(hyphenated).get().formatted()).isEqualTo(hyphenated);
        assertThat(PostalCode.parse("〒" + fullWidth(hyphenated)).get().digits()).isEqualTo(digits);
    }

    @Provide
    Arbitrary<String> phoneDigits() {
        return Arbitraries.integers().between(10, 11)
                .flatMap(n -> Arbitraries.strings().withCharRange('0', '9').ofLength(n - 1).map(rest -> "0" + rest));
    }

    @Property
    void phone_numbers_keep_their_digits_however_they_are_separated(@ForAll("phoneDigits") String digits,
            @ForAll @IntRange(min = 2, max = 5) int first, @ForAll @IntRange(min = 1, max = 4) int second) {
        String written = digits.substring(0, first) + "－" + digits.substring(first, first + second) + " "
                + digits.substring(first + second);
        PhoneNumber phone = PhoneNumber.parse(fullWidth(written)).get();
        assertThat(phone.digits()).isEqualTo(digits);
        assertThat(PhoneNumber.parse(phone.value()).get()).isEqualTo(phone);
    }

    @Provide
    Arbitrary<String> kanaNames() {
        return Arbitraries.strings().withCharRange('\u30A1', '\u30F6').withChars('ー', '　').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    @Property
    void bank_accounts_pad_numbers_and_store_the_holder_in_zengin_kana(@ForAll("kanaNames") String holder,
            @ForAll @StringLength(min = 1, max = 7) @CharRange(from = '0', to = '9') String number) {
        Checked<BankAccount> account = BankAccount.parse("0005", "123", "1", number, holder, ZenginCharset.STANDARD);
        assertThat(account.isValid()).isTrue();
        assertThat(account.get().number()).hasSize(7).endsWith(number);
        assertThat(ZenginName.validate(account.get().holderName(), ZenginCharset.STANDARD)).isEmpty();
    }

    @Property(tries = 2000)
    void extended_validation_adds_exactly_its_six_characters(@ForAll @CharRange(from = '\u0000', to = '\uFFEF') char c) {
        boolean standard = ZenginName.validate(String.valueOf(c), ZenginCharset.STANDARD).isEmpty();
        boolean extended = ZenginName.validate(String.valueOf(c), ZenginCharset.EXTENDED).isEmpty();
        assertThat(extended).isEqualTo(standard || "/,¥｢｣ｰ".indexOf(c) >= 0);
    }
}
