package jp.hataraku.payouts.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.MonthDay;
import java.util.List;

import jp.hataraku.payouts.internal.transfer.ZenginFile;
import jp.hataraku.payouts.internal.transfer.ZenginFormatException;
import jp.hataraku.payouts.internal.transfer.ZenginParser;
import jp.hataraku.payouts.internal.transfer.ZenginWriter;
import jp.hataraku.payouts.internal.transfer.ZenginWriter.LineEnding;
import jp.hataraku.shared.ZenginCharset;
import org.junit.jupiter.api.Test;

/**
 * The Zengin 総合振込 file, byte for byte. The golden file {@code payouts/zengin-golden.txt} was
 * produced independently of the writer (a short Python script laying out RULES-JP §4's field table
 * and encoding with cp932), so the test compares two implementations of the table.
 */
class ZenginWriterTest {

    static final ZenginFile.Header HEADER = new ZenginFile.Header("1234567890", "ｻﾞｲ)ｼﾗｶﾊﾞｼﾝｺｳｺｳｼﾔ",
            MonthDay.of(11, 25), "0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "001", "ﾎﾝﾃﾝ", 1, "1234567");

    static final List<ZenginFile.Data> DATA = List.of(
            new ZenginFile.Data("0001", "ﾐｽﾞﾎ", "001", "ﾄｳｷﾖｳ", "0000", 1, "0123456", "ﾔﾏﾀﾞ ﾊﾅｺ", 30_630, 0, "17", "", 7,
                    false),
            new ZenginFile.Data("9900", "ﾕｳﾁﾖ", "008", "ｾﾞﾛｾﾞﾛﾊﾁ", "0000", 1, "1234567", "ｽｽﾞｷ ｲﾁﾛｳ(ｶ", 1_000_000, 0, "18",
                    "", 7, false));

    static byte[] golden() throws IOException {
        try (InputStream in = ZenginWriterTest.class.getResourceAsStream("/payouts/zengin-golden.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_small_fixed_file_equals_the_committed_golden_file_byte_for_byte() throws IOException {
        byte[] written = new ZenginWriter(ZenginCharset.STANDARD, LineEnding.CRLF).write(ZenginFile.of(HEADER, DATA));
        assertThat(written).isEqualTo(golden());
    }

    @Test
    void every_record_is_120_single_byte_shift_jis_characters_separated_by_crlf() {
        byte[] written = new ZenginWriter(ZenginCharset.STANDARD, LineEnding.CRLF).write(ZenginFile.of(HEADER, DATA));
        assertThat(written.length).isEqualTo(5 * 120 + 4 * 2);
        for (int r = 0; r < 5; r++) {
            int start = r * 122;
            for (int k = 0; k < 120; k++) {
                int b = written[start + k] & 0xFF;
                assertThat(b >= 0x20 && b <= 0x7E || b >= 0xA1 && b <= 0xDF)
                        .as("record %d byte %d is 0x%02X", r + 1, k + 1, b).isTrue();
            }
            if (r < 4) {
                assertThat(written[start + 120]).isEqualTo((byte) '\r');
                assertThat(written[start + 121]).isEqualTo((byte) '\n');
            }
        }
        String decoded = new String(written, Charset.forName("Shift_JIS"));
        assertThat(decoded.split("\r\n")).hasSize(5).allSatisfy(record -> assertThat(record).hasSize(120));
        assertThat(decoded.split("\r\n")).extracting(r -> r.charAt(0)).containsExactly('1', '2', '2', '8', '9');
    }

    @Test
    void the_trailer_counts_and_totals_the_data_records() {
        byte[] written = new ZenginWriter(ZenginCharset.STANDARD, LineEnding.NONE).write(ZenginFile.of(HEADER, DATA));
        String trailer = new String(written, 3 * 120, 120, Charset.forName("Shift_JIS"));
        assertThat(trailer.substring(0, 1)).isEqualTo("8");
        assertThat(trailer.substring(1, 7)).isEqualTo("000002");
        assertThat(trailer.substring(7, 19)).isEqualTo("000001030630");
        assertThat(trailer.substring(19)).isBlank().hasSize(101);
    }

    @Test
    void without_line_endings_the_records_follow_each_other_and_still_parse() {
        byte[] written = new ZenginWriter(ZenginCharset.STANDARD, LineEnding.NONE).write(ZenginFile.of(HEADER, DATA));
        assertThat(written.length).isEqualTo(600);
        assertThat(ZenginParser.parse(written)).isEqualTo(ZenginFile.of(HEADER, DATA));
    }

    @Test
    void the_golden_file_parses_back_into_its_values() throws IOException {
        ZenginFile file = ZenginParser.parse(golden());
        assertThat(file).isEqualTo(ZenginFile.of(HEADER, DATA));
        assertThat(file.trailer()).isEqualTo(new ZenginFile.Trailer(2, 1_030_630));
    }

    @Test
    void a_name_outside_the_banks_character_set_is_refused_naming_the_character() {
        ZenginFile.Data bad = new ZenginFile.Data("0001", "ﾐｽﾞﾎ", "001", "ﾄｳｷﾖｳ", "0000", 1, "0123456", "ﾔﾏﾀﾞ/ﾊﾅｺ", 1, 0,
                "", "", 7, false);
        assertThatThrownBy(() -> new ZenginWriter(ZenginCharset.STANDARD, LineEnding.CRLF).write(ZenginFile.of(HEADER, List.of(bad))))
                .isInstanceOfSatisfying(ZenginFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("recipientName");
                    assertThat(e.character()).contains("/");
                });
        // The same name is fine for a bank that takes the extended set.
        assertThat(new ZenginWriter(ZenginCharset.EXTENDED, LineEnding.CRLF).write(ZenginFile.of(HEADER, List.of(bad))))
                .hasSize(4 * 120 + 3 * 2);
    }

    @Test
    void a_full_width_character_never_reaches_the_file() {
        ZenginFile.Data bad = new ZenginFile.Data("0001", "ﾐｽﾞﾎ", "001", "ﾄｳｷﾖｳ", "0000", 1, "0123456", "山田", 1, 0,
                "", "", 7, false);
        assertThatThrownBy(() -> new ZenginWriter(ZenginCharset.STANDARD, LineEnding.CRLF).write(ZenginFile.of(HEADER, List.of(bad))))
                .isInstanceOfSatisfying(ZenginFormatException.class, e -> assertThat(e.character()).contains("山"));
    }

    @Test
    void an_amount_wider_than_its_field_or_a_wrong_trailer_is_refused() {
        ZenginFile.Data huge = new ZenginFile.Data("0001", "ﾐｽﾞﾎ", "001", "ﾄｳｷﾖｳ", "0000", 1, "0123456", "ﾔﾏﾀﾞ", 10_000_000_000L,
                0, "", "", 7, false);
        ZenginWriter writer = new ZenginWriter(ZenginCharset.STANDARD, LineEnding.CRLF);
        assertThatThrownBy(() -> writer.write(ZenginFile.of(HEADER, List.of(huge))))
                .isInstanceOfSatisfying(ZenginFormatException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> writer.write(new ZenginFile(HEADER, DATA, new ZenginFile.Trailer(2, 1))))
                .isInstanceOf(ZenginFormatException.class).hasMessageContaining("trailer");
    }

    @Test
    void the_parser_refuses_a_file_whose_trailer_does_not_match_or_whose_records_are_short() throws IOException {
        byte[] bytes = golden();
        byte[] tampered = bytes.clone();
        tampered[3 * 122 + 18] = '1'; // last digit of the trailer total
        assertThatThrownBy(() -> ZenginParser.parse(tampered)).isInstanceOf(ZenginFormatException.class)
                .hasMessageContaining("trailer");
        byte[] shortened = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> ZenginParser.parse(shortened)).isInstanceOf(ZenginFormatException.class);
    }
}
