package jp.hataraku.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of a browser test: RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits) from
 * a Base32 secret, written here independently of the application's own implementation. The
 * application accepts each step once, so {@link #nextCode()} never repeats a step: it uses the
 * next one (the server allows one step of drift) or waits for it.
 */
final class TestTotp {

    static final long PERIOD_SECONDS = 30;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;
    private long lastStep = Long.MIN_VALUE;

    TestTotp(String base32Secret) {
        this.key = base32(base32Secret);
    }

    static long currentStep() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, PERIOD_SECONDS);
    }

    /** A code for a step not used before: the current step, or the next one if it was used. */
    String nextCode() {
        long step = Math.max(currentStep(), lastStep + 1);
        while (step > currentStep() + 1) {
            sleep();
        }
        lastStep = step;
        return code(step);
    }

    String code(long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    }

    /** A six-digit code that is not valid at any step the server would accept now. */
    String wrongCode() {
        long now = currentStep();
        for (int candidate = 123_456;; candidate = (candidate + 111_111) % 1_000_000) {
            String code = String.format(Locale.ROOT, "%06d", candidate);
            if (!code.equals(code(now - 1)) && !code.equals(code(now)) && !code.equals(code(now + 1))
                    && !code.equals(code(now + 2))) {
                return code;
            }
        }
    }

    static byte[] base32(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '=' || Character.isWhitespace(c)) {
                continue;
            }
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
