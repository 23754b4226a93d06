package jp.hataraku.workers.internal.mynumber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for My Numbers: a random 12-byte IV per value, a 128-bit tag, and the worker id and
 * key id bound in as associated data, so a ciphertext moved to another worker's row fails to open.
 * A value is stored as IV ‖ ciphertext ‖ tag next to the id of the key that sealed it; the key id is
 * the first 8 hex digits of the key's SHA-256, so rotating means configuring a new key and listing
 * the old one under {@code hataraku.crypto.my-number-old-keys} until {@link MyNumberVault#reencryptAll()} ran.
 * With no key configured the cipher is disabled.
 */
public final class MyNumberCipher {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    /** A sealed value and the id of the key that sealed it. */
    public record Sealed(String keyId, byte[] bytes) {
        @Override
        public String toString() {
            return "Sealed[" + keyId + ", " + bytes.length + " bytes]";
        }
    }

    /** The ciphertext was changed, belongs to another worker, or its key is not configured. */
    public static final class SealBroken extends RuntimeException {
        SealBroken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKey> keys;

    private MyNumberCipher(String currentKeyId, Map<String, SecretKey> keys) {
        this.currentKeyId = currentKeyId;
        this.keys = keys;
    }

    /**
     * From configuration: {@code currentKey} base64 of 32 bytes (blank disables the cipher);
     * {@code oldKeys} keys still accepted for opening values sealed before a rotation.
     *
     * @throws IllegalStateException when a configured key is not base64 of 32 bytes
     */
    public static MyNumberCipher fromBase64(String currentKey, List<String> oldKeys) {
        if (currentKey == null || currentKey.isBlank()) {
            return new MyNumberCipher(null, Map.of());
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        SecretKey current = decodeKey(currentKey, "hataraku.crypto.my-number-key");
        String currentId = keyId(current);
        keys.put(currentId, current);
        for (String old : oldKeys == null ? List.<String>of() : oldKeys) {
            if (!old.isBlank()) {
                SecretKey key = decodeKey(old, "hataraku.crypto.my-number-old-keys");
                keys.putIfAbsent(keyId(key), key);
            }
        }
        return new MyNumberCipher(currentId, Map.copyOf(keys));
    }

    public boolean enabled() {
        return currentKeyId != null;
    }

    public Optional<String> currentKeyId() {
        return Optional.ofNullable(currentKeyId);
    }

    public Sealed seal(long workerId, String plaintext) {
        requireEnabled();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(workerId, currentKeyId));
            byte[] body = cipher.doFinal(plaintext.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[IV_BYTES + body.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(body, 0, out, IV_BYTES, body.length);
            return new Sealed(currentKeyId, out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(long workerId, Sealed sealed) {
        requireEnabled();
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new SealBroken("No configured key has id " + sealed.keyId(), null);
        }
        byte[] bytes = sealed.bytes();
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new SealBroken("Ciphertext too short", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(aad(workerId, sealed.keyId()));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (AEADBadTagException e) {
            throw new SealBroken("Ciphertext does not authenticate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new MyNumberStorageDisabled();
        }
    }

    private static byte[] aad(long workerId, String keyId) {
        return ("worker_my_number:" + workerId + ":" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static SecretKey decodeKey(String base64, String property) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64 (expected 32 random bytes, e.g. `openssl rand -base64 32`)");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (AES-256), got " + raw.length
                    + " (generate one with `openssl rand -base64 32`)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static String keyId(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "k" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
