package jp.hataraku.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords: HMAC-SHA1, 30-second steps, 6 digits, one step of drift allowed. */
final class Totp {

    static final int DIGITS = 6;
    static final long PERIOD_SECONDS = 30;
    private static final int SECRET_BYTES = 20;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    static String code(byte[] key, long step) {
        return code(key, step, DIGITS);
    }

    /** RFC 4226 HOTP of the step counter, truncated to {@code digits} decimal digits. */
    static String code(byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String value = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - value.length()) + value;
    }

    /** The step whose code this is (now, one step before or after), or empty. */
    static OptionalLong matchingStep(byte[] key, String code, Instant now) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long candidate = current - 1; candidate <= current + 1; candidate++) {
            if (MessageDigest.isEqual(code(key, candidate).getBytes(), typed.getBytes())) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
