package jp.hataraku.jobs.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultWriterTests {

    static final ResultTable TABLE = new ResultTable(List.of("画像"), List.of("name", "phone"));

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static final List<ResultRow> ROWS = List.of(
            new ResultRow(1, map("画像", "a.png"), map("phone", "0312345678", "name", "山田 太郎")),
            new ResultRow(2, map("画像", "b.png"), map("name", "=cmd()", "phone", "")));

    static byte[] write(ExportFormat format, List<ResultRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.write(format, TABLE, each -> rows.forEach(each), out);
        return out.toByteArray();
    }

    @Test
    void csv_is_utf8_with_a_bom_in_the_template_field_order_after_seq_and_source() {
        byte[] bytes = write(ExportFormat.CSV, ROWS);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("seq,画像,name,phone\r\n1,a.png,山田 太郎,0312345678\r\n2,b.png,'=cmd(),\r\n");
    }

    @Test
    void shift_jis_csv_has_shift_jis_bytes_and_no_bom() {
        byte[] bytes = write(ExportFormat.CSV_SJIS, ROWS.subList(0, 1));
        assertThat(new String(bytes, ResultWriter.SHIFT_JIS)).isEqualTo("seq,画像,name,phone\r\n1,a.png,山田 太郎,0312345678\r\n");
        byte[] yama = "山".getBytes(ResultWriter.SHIFT_JIS);
        assertThat(yama).containsExactly(0x8E, 0x52);
        assertThat(bytes[0]).isEqualTo((byte) 's');
    }

    @Test
    void shift_jis_is_refused_naming_the_rows_with_characters_it_cannot_hold() {
        List<ResultRow> rows = List.of(ROWS.get(0), new ResultRow(7, map("画像", "c.png"), map("name", "髙橋 𠮷男")),
                new ResultRow(9, map("画像", "d.png"), map("name", "😀")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ResultWriter.write(ExportFormat.CSV_SJIS, TABLE, each -> rows.forEach(each), out))
                .isInstanceOfSatisfying(ResultWriter.NotShiftJis.class, e -> assertThat(e.seqs()).containsExactly(7L, 9L));
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void xlsx_is_readable_by_poi_with_the_same_cells() throws Exception {
        byte[] bytes = write(ExportFormat.XLSX, ROWS);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("phone");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("山田 太郎");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("=cmd()");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void json_is_an_array_of_objects_that_parses() {
        byte[] bytes = write(ExportFormat.JSON, ROWS);
        JsonNode array = JsonMapper.builder().build().readTree(bytes);
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(array.get(0).get("name").asText()).isEqualTo("山田 太郎");
        assertThat(array.get(1).get("name").asText()).isEqualTo("=cmd()");
        assertThat(JsonMapper.builder().build().readTree(write(ExportFormat.JSON, List.of())).size()).isZero();
    }
}
