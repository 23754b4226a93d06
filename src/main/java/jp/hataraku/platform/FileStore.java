package jp.hataraku.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Uploaded files (signed contracts, task images, PDF pages, audio clips) on local disk under
 * {@code hataraku.files.dir}, named by the SHA-256 of their content: a second upload of the same
 * bytes costs nothing, and every instance of a scaled-out deployment can share one mounted
 * directory. Modules keep the returned {@link StoredFile} with their own rows.
 */
public class FileStore {

    private final Path root;

    public FileStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store at " + root, e);
        }
    }

    /**
     * Stores {@code in}, refusing (with {@link TooLarge}) more than {@code maxBytes}. Nothing is
     * left behind when it is refused.
     */
    public StoredFile put(InputStream in, long maxBytes) throws TooLarge {
        Path incoming = null;
        try {
            incoming = Files.createTempFile(root.resolve("incoming"), "up", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[DetectedType.HEAD_BYTES];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hex);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(incoming);
            } else {
                move(incoming, target);
            }
            incoming = null;
            return new StoredFile(hex, size, DetectedType.of(java.util.Arrays.copyOf(head, headLength)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // a leftover part file is harmless; the next start does not read it
                }
            }
        }
    }

    /** The content of a stored file, if it is here. */
    public Optional<InputStream> open(String sha256) {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The upload was larger than the caller allows. */
    public static final class TooLarge extends Exception {
        private final long limit;

        public TooLarge(long limit) {
            super("larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
