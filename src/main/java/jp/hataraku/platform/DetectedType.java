package jp.hataraku.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's kind as its first bytes say (magic numbers), so that an upload named {@code .png}
 * that is really an executable is refused. Only the kinds the platform accepts are named.
 */
public enum DetectedType {
    PNG("image/png", Family.IMAGE),
    JPEG("image/jpeg", Family.IMAGE),
    GIF("image/gif", Family.IMAGE),
    WEBP("image/webp", Family.IMAGE),
    PDF("application/pdf", Family.DOCUMENT),
    MP3("audio/mpeg", Family.AUDIO),
    WAV("audio/wav", Family.AUDIO),
    OGG("audio/ogg", Family.AUDIO),
    M4A("audio/mp4", Family.AUDIO),
    /** Office Open XML (xlsx, docx) and other zip containers. */
    ZIP("application/zip", Family.DOCUMENT),
    UNKNOWN("application/octet-stream", Family.OTHER);

    public enum Family { IMAGE, AUDIO, DOCUMENT, OTHER }

    /** How many leading bytes {@link #of(byte[])} needs at most. */
    public static final int HEAD_BYTES = 16;

    private final String mediaType;
    private final Family family;

    DetectedType(String mediaType, Family family) {
        this.mediaType = mediaType;
        this.family = family;
    }

    public String mediaType() {
        return mediaType;
    }

    public Family family() {
        return family;
    }

    public static DetectedType of(byte[] head) {
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return GIF;
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return WEBP;
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return WAV;
        }
        if (ascii(head, 0, "%PDF-")) {
            return PDF;
        }
        if (ascii(head, 0, "ID3") || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return MP3;
        }
        if (ascii(head, 0, "OggS")) {
            return OGG;
        }
        if (ascii(head, 4, "ftyp")) {
            return M4A;
        }
        if (startsWith(head, 0, 'P', 'K', 3, 4)) {
            return ZIP;
        }
        return UNKNOWN;
    }

    private static boolean ascii(byte[] head, int at, String text) {
        return startsWith(head, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] head, int at, int... expected) {
        if (head.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[at + i] & 0xFF) != (expected[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int at, byte[] expected) {
        return head.length >= at + expected.length
                && Arrays.equals(head, at, at + expected.length, expected, 0, expected.length);
    }
}
