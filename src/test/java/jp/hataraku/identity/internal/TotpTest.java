package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matches_the_rfc_6238_sha1_test_vectors() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111)), 8)).isEqualTo("14050471");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)), 8)).isEqualTo("69279037");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
    }

    @Test
    void codes_have_six_digits_with_leading_zeros_kept() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    }

    @Test
    void accepts_the_current_step_and_one_step_either_side() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now)).hasValue(step + 1);
    }

    @Test
    void refuses_codes_two_steps_away_or_malformed() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEmpty();
    }

    @Test
    void base32_round_trips_secrets() {
        byte[] secret = Totp.newSecret(new SecureRandom());
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
    }
}
