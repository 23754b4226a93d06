package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final CommonPasswords COMMON = new CommonPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(COMMON);

    @Test
    void the_common_password_list_holds_thousands_of_entries() {
        assertThat(COMMON.size()).isGreaterThan(3000);
    }

    @Test
    void accepts_a_long_passphrase_without_any_composition_rule() {
        assertThat(policy.problems("hanako@example.jp", "correct horse battery staple")).isEmpty();
        assertThat(policy.problems("hanako@example.jp", "すずしいかぜがふく")).isEmpty();
    }

    @Test
    void rejects_fewer_than_eight_characters() {
        assertThat(policy.problems("a@example.jp", "kq7#zp2")).containsExactly("password.tooShort");
        assertThat(policy.problems("a@example.jp", null)).containsExactly("password.tooShort");
    }

    @Test
    void counts_characters_not_bytes_or_utf16_units() {
        assertThat(policy.problems("a@example.jp", "𠮷𠮷𠮷𠮷")).containsExactly("password.tooShort");
        assertThat(policy.problems("a@example.jp", "ひみつのあいことば")).isEmpty();
    }

    @Test
    void rejects_more_than_128_characters() {
        assertThat(policy.problems("a@example.jp", "x".repeat(64) + "y".repeat(65))).contains("password.tooLong");
    }

    @Test
    void rejects_well_known_passwords_whatever_their_case() {
        for (String common : new String[] {"password", "PASSWORD1", "12345678", "qwertyuiop", "iloveyou",
                "1q2w3e4r5t", "sunshine1", "Password2024!", "football123", "sakura2020", "zaq12wsx", "11111111"}) {
            assertThat(policy.problems("a@example.jp", common)).as(common).contains("password.common");
        }
    }

    @Test
    void rejects_a_password_made_of_the_email_address() {
        assertThat(policy.problems("yamada.taro@example.jp", "yamada.taro@example.jp")).contains("password.containsEmail");
        assertThat(policy.problems("yamada.taro@example.jp", "my-yamada.taro-2024")).contains("password.containsEmail");
    }

    @Test
    void rejects_the_name_of_the_service() {
        assertThat(policy.problems("a@example.jp", "hataraku2025")).contains("password.common");
    }
}
