package jp.hataraku.jobs.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class BatchFileTests {

    static final TaskTemplate CARD = new TaskTemplate(List.of(
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            TemplateField.of("phone", "電話", FieldType.TEXT, false).withDigitsOnly()));
    static final Charset SJIS = Charset.forName("windows-31j");

    record Read(BatchFile.Check check, List<BatchRow> rows) { }

    static Read read(byte[] bytes) {
        List<BatchRow> rows = new ArrayList<>();
        BatchFile.Check check = BatchFile.read(new ByteArrayInputStream(bytes), CARD, rows::add);
        return new Read(check, rows);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void utf8_without_bom_is_read_with_its_japanese_text() {
        Read r = read(utf8("画像,会社名\nimg1.png,山の辺商事\nimg2.png,川瀬村役場\n"));
        assertThat(r.check().format()).isEqualTo(TableReader.Format.CSV_UTF8);
        assertThat(r.check().isClean()).isTrue();
        assertThat(r.rows()).extracting(BatchRow::source)
                .containsExactly(Map.of("画像", "img1.png", "会社名", "山の辺商事"), Map.of("画像", "img2.png", "会社名", "川瀬村役場"));
        assertThat(r.check().sourceColumns()).containsExactly("画像", "会社名");
    }

    @Test
    void a_bom_is_dropped_from_the_first_header() {
        byte[] body = utf8("会社名\n山の辺商事\n");
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Read r = read(bytes);
        assertThat(r.check().sourceColumns()).containsExactly("会社名");
        assertThat(r.rows().get(0).source()).containsEntry("会社名", "山の辺商事");
    }

    @Test
    void shift_jis_is_recognised_by_failing_strict_utf8() {
        Read r = read("会社名,住所\n山の辺商事,山の辺町１－２\n".getBytes(SJIS));
        assertThat(r.check().format()).isEqualTo(TableReader.Format.CSV_SHIFT_JIS);
        assertThat(r.rows().get(0).source()).containsEntry("住所", "山の辺町１－２");
    }

    @Test
    void bytes_that_decode_neither_way_later_in_the_file_are_refused_with_the_row() {
        StringBuilder text = new StringBuilder("会社名\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("会社").append(i).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(text.toString()));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'});
        Read r = read(out.toByteArray());
        assertThat(r.check().fatal()).isTrue();
        assertThat(r.check().problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("jobio.file.encoding");
            assertThat(p.row()).isGreaterThan(9_000);
        });
    }

    @Test
    void broken_quoting_is_refused_with_the_row_where_it_breaks() {
        Read r = read(utf8("会社名,住所\nA,B\n\"C\"x,D\nE,F\n"));
        assertThat(r.check().fatal()).isTrue();
        assertThat(r.check().problems()).extracting(RowProblem::code).containsExactly("jobio.file.quoting");
        assertThat(r.check().problems().get(0).row()).isEqualTo(3);
    }

    @Test
    void quoted_cells_keep_commas_and_line_breaks() {
        Read r = read(utf8("会社名,住所\n\"山の辺, 商事\",\"一行目\n二行目\"\n"));
        assertThat(r.rows().get(0).source()).containsEntry("会社名", "山の辺, 商事").containsEntry("住所", "一行目\n二行目");
    }

    @Test
    void rows_with_too_many_or_too_few_cells_are_row_errors_and_the_others_stay_valid() {
        Read r = read(utf8("a,b\n1,2\n1,2,3\n1\n3,4\n"));
        assertThat(r.check().fatal()).isFalse();
        assertThat(r.check().rowsTotal()).isEqualTo(4);
        assertThat(r.check().rowsValid()).isEqualTo(2);
        assertThat(r.check().problems()).extracting(RowProblem::row, RowProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "jobio.row.too-many-cells"),
                        org.assertj.core.groups.Tuple.tuple(4L, "jobio.row.too-few-cells"));
        assertThat(r.check().canImportValidRows()).isTrue();
        assertThat(r.check().isClean()).isFalse();
    }

    @Test
    void gold_columns_make_gold_items_with_the_answer_the_template_cleans() {
        Read r = read(utf8("画像,gold:name,gold:phone\nimg1,山田 太郎,０３１２３４\nimg2,,\n"));
        assertThat(r.check().isClean()).isTrue();
        assertThat(r.check().goldRows()).isEqualTo(1);
        assertThat(r.rows().get(0).goldAnswer()).contains(Map.of("name", "山田 太郎", "phone", "031234"));
        assertThat(r.rows().get(0).source()).containsOnlyKeys("画像");
        assertThat(r.rows().get(1).isGold()).isFalse();
        assertThat(r.check().sourceColumns()).containsExactly("画像");
    }

    @Test
    void a_gold_answer_the_template_refuses_is_a_row_error() {
        Read r = read(utf8("画像,gold:name,gold:phone\nimg1,,12\nimg2,山田,abc\n"));
        assertThat(r.check().rowsValid()).isZero();
        assertThat(r.check().problems()).extracting(RowProblem::column, RowProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gold:name", "jobs.field.required"),
                        org.assertj.core.groups.Tuple.tuple("gold:phone", "jobs.field.digits"));
        assertThat(r.check().canImportValidRows()).isFalse();
    }

    @Test
    void wrong_columns_refuse_the_file_whole() {
        assertThat(read(utf8("画像,gold:nosuch\nx,y\n")).check().problems()).extracting(RowProblem::code)
                .containsExactly("jobio.header.gold-unknown");
        assertThat(read(utf8("画像,画像\nx,y\n")).check().problems()).extracting(RowProblem::code)
                .containsExactly("jobio.header.duplicate");
        assertThat(read(utf8("画像,,会社\nx,y,z\n")).check().problems()).extracting(RowProblem::code)
                .containsExactly("jobio.header.empty");
        assertThat(read(utf8("gold:name\n山田\n")).check().problems()).extracting(RowProblem::code)
                .containsExactly("jobio.header.no-source");
        assertThat(read(utf8("画像,gold:nosuch\nx,y\n")).check().fatal()).isTrue();
    }

    @Test
    void an_empty_file_or_a_header_alone_is_refused() {
        assertThat(read(new byte[0]).check().problems()).extracting(RowProblem::code).containsExactly("jobio.file.empty");
        assertThat(read(utf8("画像\n\n")).check().problems()).extracting(RowProblem::code).containsExactly("jobio.file.no-rows");
    }

    @Test
    void only_the_first_hundred_problems_are_kept_but_every_row_is_counted() {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 500; i++) {
            text.append("1\n");
        }
        Read r = read(utf8(text.toString()));
        assertThat(r.check().rowsTotal()).isEqualTo(500);
        assertThat(r.check().rowsRefused()).isEqualTo(500);
        assertThat(r.check().problems()).hasSize(BatchFile.MAX_PROBLEMS);
    }

    @Test
    void xlsx_is_read_by_streaming_with_missing_trailing_cells_as_empty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            Sheet sheet = book.createSheet("items");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("会社名");
            h.createCell(1).setCellValue("電話");
            h.createCell(2).setCellValue("gold:name");
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("山の辺商事");
            r1.createCell(1).setCellValue(312345);
            Row r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("川瀬");
            r2.createCell(2).setCellValue("川瀬 花子");
            book.write(out);
        }
        Read r = read(out.toByteArray());
        assertThat(r.check().format()).isEqualTo(TableReader.Format.XLSX);
        assertThat(r.check().isClean()).isTrue();
        assertThat(r.rows().get(0).source()).containsEntry("会社名", "山の辺商事").containsEntry("電話", "312345");
        assertThat(r.rows().get(1).goldAnswer()).contains(Map.of("name", "川瀬 花子", "phone", ""));
    }

    @Test
    void utf8_cut_in_the_middle_of_a_character_at_64kb_is_still_utf8() {
        byte[] bytes = utf8("あ".repeat(30_000));
        byte[] head = java.util.Arrays.copyOf(bytes, TableReader.SNIFF_BYTES);
        assertThat(TableReader.looksLikeUtf8(head, false)).isTrue();
        assertThat(TableReader.looksLikeUtf8("あ".getBytes(SJIS), true)).isFalse();
    }
}
