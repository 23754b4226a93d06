package jp.hataraku.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTests {

    @TempDir
    Path dir;

    @Test
    void stores_by_checksum_and_reads_back() throws Exception {
        FileStore store = new FileStore(dir);
        byte[] pdf = "%PDF-1.7\nhello".getBytes(StandardCharsets.US_ASCII);
        StoredFile stored = store.put(new ByteArrayInputStream(pdf), 1000);
        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.type()).isEqualTo(DetectedType.PDF);
        try (var in = store.open(stored.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(store.put(new ByteArrayInputStream(pdf), 1000)).isEqualTo(stored);
    }

    @Test
    void refuses_more_than_the_limit_and_leaves_nothing() throws Exception {
        FileStore store = new FileStore(dir);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[2000]), 1999))
                .isInstanceOf(FileStore.TooLarge.class);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void the_type_comes_from_the_bytes_not_the_name() {
        assertThat(DetectedType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).isEqualTo(DetectedType.PNG);
        assertThat(DetectedType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(DetectedType.JPEG);
        assertThat(DetectedType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DetectedType.WAV);
        assertThat(DetectedType.of("ID3\u0004".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DetectedType.MP3);
        assertThat(DetectedType.of("MZ\u0090\0".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DetectedType.UNKNOWN);
        assertThat(DetectedType.of(new byte[0])).isEqualTo(DetectedType.UNKNOWN);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
