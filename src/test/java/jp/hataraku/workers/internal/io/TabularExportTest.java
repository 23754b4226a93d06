package jp.hataraku.workers.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularExportTest {

    private static final List<String> HEADERS = List.of("氏名", "フリガナ", "登録日", "報酬");
    private static final List<List<?>> ROWS = List.of(
            List.of("山田 花子", "ヤマダ ハナコ", LocalDate.of(2023, 4, 1), 12_000L),
            Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+81", null, -5),
            List.of("@SUM(A1)", "-1+1", LocalDate.of(2024, 12, 31), 0),
            List.of("\tTab", "\rCR", "a,b \"quoted\"\nnext line", 3.5));

    @Test
    void csv_is_utf8_with_a_bom_and_neutralises_formulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.writeCsv(HEADERS, ROWS, out);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).hasSize(5);
        assertThat(records.get(0).toList()).isEqualTo(HEADERS);
        assertThat(records.get(1).toList()).containsExactly("山田 花子", "ヤマダ ハナコ", "2023/04/01", "12000");
        assertThat(records.get(2).toList()).containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'+81", "", "-5");
        assertThat(records.get(3).toList()).containsExactly("'@SUM(A1)", "'-1+1", "2024/12/31", "0");
        assertThat(records.get(4).toList()).containsExactly("'\tTab", "'\rCR", "a,b \"quoted\"\nnext line", "3.5");
    }

    @Test
    void csv_in_shift_jis_has_no_bom() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset sjis = Charset.forName("windows-31j");
        TabularExport.writeCsv(HEADERS, ROWS.subList(0, 1), out, sjis);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, sjis)).startsWith("氏名,フリガナ,登録日,報酬\r\n山田 花子");
    }

    @Test
    void xlsx_keeps_formula_text_as_string_cells_and_numbers_and_dates_as_such() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.writeXlsx("名簿", HEADERS, ROWS, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("名簿");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("氏名");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(12_000d);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 1));
            for (int c = 0; c < 2; c++) {
                assertThat(sheet.getRow(2).getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(sheet.getRow(3).getCell(c).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(-5d);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void neutralise_leaves_ordinary_text_alone() {
        assertThat(TabularExport.neutralise("山田")).isEqualTo("山田");
        assertThat(TabularExport.neutralise("")).isEmpty();
        assertThat(TabularExport.neutralise(null)).isEmpty();
        assertThat(TabularExport.neutralise("＝1+1")).isEqualTo("'＝1+1");
        assertThat(TabularExport.neutralise("a=b")).isEqualTo("a=b");
    }
}
