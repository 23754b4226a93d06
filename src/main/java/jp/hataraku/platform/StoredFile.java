package jp.hataraku.platform;

/**
 * A file kept by the {@link FileStore}: addressed by the SHA-256 of its content (so the checksum
 * is kept by construction), with the size and the type found from its bytes, never from its name.
 */
public record StoredFile(String sha256, long size, DetectedType type) {

    public StoredFile {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }
}
