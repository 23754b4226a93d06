package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyAndBankTest {

    @Test
    void yen_adds_subtracts_and_multiplies_in_whole_yen() {
        assertThat(Yen.of(1000).plus(Yen.of(234))).isEqualTo(Yen.of(1234));
        assertThat(Yen.of(1000).minus(Yen.of(1234))).isEqualTo(Yen.of(-234));
        assertThat(Yen.of(1234).times(3)).isEqualTo(Yen.of(3702));
        assertThatThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void yen_formats_with_the_sign_or_the_suffix() {
        assertThat(Yen.of(1234).format()).isEqualTo("¥1,234");
        assertThat(Yen.of(1234).formatJa()).isEqualTo("1,234円");
        assertThat(Yen.of(-1234567).format()).isEqualTo("-¥1,234,567");
        assertThat(Yen.of(0).formatJa()).isEqualTo("0円");
        assertThat(Yen.of(1234).format(Locale.ENGLISH)).isEqualTo("¥1,234");
        assertThat(Yen.of(1234).format(Locale.JAPANESE)).isEqualTo("1,234円");
    }

    @Test
    void yen_reads_typed_amounts() {
        assertThat(Yen.parse("１，２３４円").get()).isEqualTo(Yen.of(1234));
        assertThat(Yen.parse("¥1,234").get()).isEqualTo(Yen.of(1234));
        assertThat(Yen.parse("12.5").errorCode()).isEqualTo("shared.yen.format");
        assertThat(Yen.parse("").errorCode()).isEqualTo("shared.yen.empty");
    }

    @Test
    void a_bank_account_is_read_and_padded() {
        Checked<BankAccount> account = BankAccount.parse("０００５", "123", "1", "12345", "やまだ はなこ",
                ZenginCharset.STANDARD);
        assertThat(account.isValid()).isTrue();
        assertThat(account.get()).isEqualTo(new BankAccount("0005", "123", BankAccount.AccountType.ORDINARY,
                "0012345", "ﾔﾏﾀﾞ ﾊﾅｺ"));
        assertThat(BankAccount.AccountType.ofCode(4)).contains(BankAccount.AccountType.SAVINGS);
        assertThat(BankAccount.AccountType.ofCode(3)).isEmpty();
    }

    @Test
    void every_wrong_field_is_reported_and_the_holder_error_names_the_character() {
        Checked<BankAccount> account = BankAccount.parse("05", "1234", "3", "12345678", "山田 ハナコ",
                ZenginCharset.STANDARD);
        assertThat(account.isValid()).isFalse();
        assertThat(account.errors()).extracting(FieldError::field).containsExactly(BankAccount.BANK_CODE,
                BankAccount.BRANCH_CODE, BankAccount.ACCOUNT_TYPE, BankAccount.ACCOUNT_NUMBER, BankAccount.HOLDER_NAME);
        FieldError holder = account.errors().get(4);
        assertThat(holder.code()).isEqualTo("shared.zengin.char");
        assertThat(holder.args()).containsExactly("山");
    }

    @Test
    void empty_fields_have_their_own_codes() {
        Checked<BankAccount> account = BankAccount.parse("", "", "", "", "", ZenginCharset.STANDARD);
        assertThat(account.errors()).extracting(FieldError::code).containsExactly("shared.bank.code.empty",
                "shared.bank.branch.empty", "shared.bank.type.invalid", "shared.bank.number.empty", "shared.zengin.empty");
    }

    @Test
    void the_constructor_refuses_what_a_transfer_cannot_carry() {
        assertThatThrownBy(() -> new BankAccount("0005", "123", BankAccount.AccountType.ORDINARY, "12345", "ﾔﾏﾀﾞ"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BankAccount("0005", "123", BankAccount.AccountType.ORDINARY, "0012345", "山田"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
