package jp.hataraku.workers.internal.mynumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class MyNumberCipherTest {

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final MyNumberCipher cipher = MyNumberCipher.fromBase64(newKey(), List.of());

    @Test
    void round_trips() {
        MyNumberCipher.Sealed sealed = cipher.seal(7, "123456789011");
        assertThat(sealed.bytes()).hasSize(12 + 12 + 16);
        assertThat(sealed.keyId()).isEqualTo(cipher.currentKeyId().orElseThrow()).matches("k[0-9a-f]{8}");
        assertThat(cipher.open(7, sealed)).isEqualTo("123456789011");
    }

    @Test
    void the_same_number_gets_a_different_iv_and_ciphertext_each_time() {
        byte[] a = cipher.seal(7, "123456789011").bytes();
        byte[] b = cipher.seal(7, "123456789011").bytes();
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void any_flipped_byte_is_detected() {
        MyNumberCipher.Sealed sealed = cipher.seal(7, "123456789011");
        for (int i = 0; i < sealed.bytes().length; i++) {
            byte[] tampered = sealed.bytes().clone();
            tampered[i] ^= 0x01;
            MyNumberCipher.Sealed broken = new MyNumberCipher.Sealed(sealed.keyId(), tampered);
            assertThatThrownBy(() -> cipher.open(7, broken)).isInstanceOf(MyNumberCipher.SealBroken.class);
        }
    }

    @Test
    void a_value_moved_to_another_worker_does_not_open() {
        MyNumberCipher.Sealed sealed = cipher.seal(7, "123456789011");
        assertThatThrownBy(() -> cipher.open(8, sealed)).isInstanceOf(MyNumberCipher.SealBroken.class);
    }

    @Test
    void values_sealed_with_an_old_key_open_after_rotation_and_unknown_keys_are_named() {
        String oldKey = newKey();
        MyNumberCipher before = MyNumberCipher.fromBase64(oldKey, List.of());
        MyNumberCipher.Sealed sealed = before.seal(7, "123456789011");
        MyNumberCipher after = MyNumberCipher.fromBase64(newKey(), List.of(oldKey));
        assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
        assertThat(after.open(7, sealed)).isEqualTo("123456789011");
        assertThatThrownBy(() -> cipher.open(7, sealed)).isInstanceOf(MyNumberCipher.SealBroken.class)
                .hasMessageContaining(sealed.keyId());
    }

    @Test
    void with_no_key_it_is_disabled_and_says_how_to_enable_it() {
        MyNumberCipher off = MyNumberCipher.fromBase64("", List.of());
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.seal(7, "123456789011")).isInstanceOf(MyNumberStorageDisabled.class)
                .hasMessageContaining("hataraku.crypto.my-number-key");
    }

    @Test
    void a_malformed_key_fails_fast_without_echoing_it() {
        assertThatThrownBy(() -> MyNumberCipher.fromBase64("not base64!", List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> MyNumberCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16]), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
