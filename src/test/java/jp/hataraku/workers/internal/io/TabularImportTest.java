package jp.hataraku.workers.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularImportTest {

    record Person(String name, String kana, LocalDate registeredOn, String note) {
    }

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("name", "氏名", "名前", "Name"),
            ImportColumn.required("kana", "フリガナ", "氏名カナ", "Kana"),
            ImportColumn.optional("registered_on", "登録日", "Registered on"),
            ImportColumn.optional("note", "備考", "Note"));

    private static Person person(ImportRow row) {
        return new Person(row.required("name"), row.required("kana"), row.date("registered_on").orElse(null), row.text("note"));
    }

    private static ImportPreview<Person> read(byte[] bytes, TabularImport.Encoding encoding) {
        return new TabularImport(COLUMNS).preview(new ByteArrayInputStream(bytes), encoding, TabularImportTest::person);
    }

    private static ImportPreview<Person> read(byte[] bytes) {
        return read(bytes, TabularImport.Encoding.AUTO);
    }

    private static final String CSV = "氏名,フリガナ,登録日,備考\r\n山田 花子,ヤマダ ハナコ,R5.4.1,①～③\r\n鈴木 一郎,スズキ イチロウ,2023/4/1,\r\n";

    @Test
    void reads_shift_jis_bytes_by_itself() {
        byte[] sjis = CSV.getBytes(Charset.forName("windows-31j"));
        assertThat(sjis[0]).isEqualTo((byte) 0x8E); // 氏 in Shift_JIS
        ImportPreview<Person> preview = read(sjis);
        assertThat(preview.encoding()).isEqualTo("Shift_JIS");
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.validRows()).extracting(r -> r.value().name()).containsExactly("山田 花子", "鈴木 一郎");
        assertThat(preview.validRows().get(0).value().note()).isEqualTo("①～③");
        assertThat(preview.validRows().get(0).value().registeredOn()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(preview.validRows()).extracting(ImportPreview.ValidRow::row).containsExactly(2, 3);
    }

    @Test
    void reads_utf8_with_and_without_a_bom() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (byte[] bytes : List.of(plain, bom)) {
            ImportPreview<Person> preview = read(bytes);
            assertThat(preview.encoding()).isEqualTo("UTF-8");
            assertThat(preview.validRows()).extracting(r -> r.value().name()).containsExactly("山田 花子", "鈴木 一郎");
        }
    }

    @Test
    void a_forced_encoding_that_does_not_fit_is_reported() {
        ImportPreview<Person> preview = read(CSV.getBytes(Charset.forName("windows-31j")), TabularImport.Encoding.UTF_8);
        assertThat(preview.fileErrors()).extracting(ImportProblem::code).containsExactly(TabularImport.BAD_ENCODING);
        ImportPreview<Person> forced = read(CSV.getBytes(Charset.forName("windows-31j")), TabularImport.Encoding.SHIFT_JIS);
        assertThat(forced.canImport()).isTrue();
    }

    @Test
    void english_and_width_variant_headers_are_understood_and_unknown_ones_listed() {
        String csv = "ＮＡＭＥ,kana,Registered On,氏名カナ（必須）,社員番号\nA,ｴｰ,2023-04-01,x,1\n";
        ImportPreview<Person> preview = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileErrors()).extracting(ImportProblem::code).containsExactly(TabularImport.DUPLICATE_COLUMN);

        csv = "ＮＡＭＥ,Registered On,氏名カナ（必須）,社員番号\nA,2023-04-01,ｴｰ,1\n";
        preview = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.validRows().get(0).value()).isEqualTo(new Person("A", "ｴｰ", LocalDate.of(2023, 4, 1), ""));
        assertThat(preview.ignoredHeaders()).containsExactly("社員番号");
    }

    @Test
    void missing_required_columns_are_named_and_nothing_is_read() {
        ImportPreview<Person> preview = read("備考,登録日\nx,2023/4/1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.validRows()).isEmpty();
        assertThat(preview.fileErrors()).extracting(ImportProblem::code).containsOnly(TabularImport.MISSING_COLUMN);
        assertThat(preview.fileErrors()).extracting(p -> p.args().get(0)).containsExactly("氏名", "フリガナ");
    }

    @Test
    void row_problems_name_row_and_column_and_leave_good_rows_valid() {
        String csv = "氏名,フリガナ,登録日\n山田,ヤマダ,2023/2/30\n,スズキ,\n佐藤,サトウ,令和5年4月1日\n\n伊藤,,H31.5.1\n";
        ImportPreview<Person> preview = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.validRows()).extracting(ImportPreview.ValidRow::row).containsExactly(4);
        assertThat(preview.rowErrors()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "登録日", ImportRow.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(3, "氏名", ImportRow.REQUIRED),
                org.assertj.core.groups.Tuple.tuple(6, "フリガナ", ImportRow.REQUIRED),
                org.assertj.core.groups.Tuple.tuple(6, "登録日", ImportRow.BAD_DATE));
        assertThat(preview.rowErrors().get(0).messageArgs()).containsExactly(2, "登録日", "2023/2/30");
        assertThat(preview.rowCount()).isEqualTo(4);
    }

    @Test
    void bad_quoting_is_refused_with_its_line() {
        String csv = "氏名,フリガナ\n山田,ヤマダ\n\"鈴木\"一郎,スズキ\n";
        ImportPreview<Person> preview = read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileErrors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TabularImport.BAD_CSV);
            assertThat(p.args()).containsExactly(3L);
        });
        String unterminated = "氏名,フリガナ\n\"山田,ヤマダ\n鈴木,スズキ\n";
        assertThat(read(unterminated.getBytes(StandardCharsets.UTF_8)).fileErrors()).extracting(ImportProblem::code)
                .containsExactly(TabularImport.BAD_CSV);
    }

    @Test
    void quoted_fields_with_commas_and_line_breaks_and_tab_separated_files_are_read() {
        String csv = "氏名,フリガナ,備考\n\"山田, 花子\",ヤマダ,\"一行目\n二行目\"\n";
        assertThat(read(csv.getBytes(StandardCharsets.UTF_8)).validRows().get(0).value().note()).isEqualTo("一行目\n二行目");
        String tsv = "氏名\tフリガナ\n山田\tヤマダ\n";
        assertThat(read(tsv.getBytes(StandardCharsets.UTF_8)).validRows().get(0).value().kana()).isEqualTo("ヤマダ");
    }

    @Test
    void oversize_files_and_too_many_rows_are_refused_saying_the_limit() {
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        ImportPreview<Person> big = new TabularImport(COLUMNS, new TabularImport.Limits(20, 10))
                .preview(new ByteArrayInputStream(bytes), TabularImport.Encoding.AUTO, TabularImportTest::person);
        assertThat(big.fileErrors()).singleElement().extracting(ImportProblem::code).isEqualTo(TabularImport.TOO_LARGE);

        ImportPreview<Person> many = new TabularImport(COLUMNS, new TabularImport.Limits(1000, 1))
                .preview(new ByteArrayInputStream(bytes), TabularImport.Encoding.AUTO, TabularImportTest::person);
        assertThat(many.fileErrors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TabularImport.TOO_MANY_ROWS);
            assertThat(p.args()).containsExactly(1);
        });
    }

    @Test
    void empty_files_and_old_excel_files_are_refused() {
        assertThat(read(new byte[0]).fileErrors()).extracting(ImportProblem::code).containsExactly(TabularImport.EMPTY);
        assertThat(read("\n\n".getBytes(StandardCharsets.UTF_8)).fileErrors()).extracting(ImportProblem::code)
                .containsExactly(TabularImport.EMPTY);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(read(xls).fileErrors()).extracting(ImportProblem::code).containsExactly(TabularImport.XLS);
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThat(read(brokenZip).fileErrors()).extracting(ImportProblem::code).containsExactly(TabularImport.UNREADABLE);
    }

    @Test
    void an_exported_csv_reads_back_with_formula_text_intact() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.writeCsv(List.of("氏名", "フリガナ", "登録日", "備考"),
                List.of(List.of("=cmd|' /C calc'!A0", "ヤマダ", LocalDate.of(2023, 4, 1), "-2+3")), out);
        ImportPreview<Person> preview = read(out.toByteArray());
        assertThat(preview.validRows().get(0).value())
                .isEqualTo(new Person("=cmd|' /C calc'!A0", "ヤマダ", LocalDate.of(2023, 4, 1), "-2+3"));
    }

    @Test
    void reads_the_first_sheet_of_an_xlsx_with_dates_numbers_and_formula_results() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("名簿");
            workbook.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("氏名");
            header.createCell(1).setCellValue("フリガナ");
            header.createCell(2).setCellValue("登録日");
            header.createCell(4).setCellValue("備考");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("=SUM(A1)");
            first.createCell(1).setCellValue("ヤマダ");
            first.createCell(2).setCellValue(LocalDate.of(2023, 4, 1));
            first.getCell(2).setCellStyle(dateStyle);
            first.createCell(4).setCellValue(123456789012d);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("鈴木");
            second.createCell(1).setCellFormula("\"スズ\"&\"キ\"");
            second.createCell(2).setCellValue("R5.4.1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        ImportPreview<Person> preview = read(out.toByteArray());
        assertThat(preview.encoding()).isEqualTo("XLSX");
        assertThat(preview.rowErrors()).isEmpty();
        assertThat(preview.validRows()).extracting(ImportPreview.ValidRow::row).containsExactly(2, 4);
        assertThat(preview.validRows().get(0).value())
                .isEqualTo(new Person("=SUM(A1)", "ヤマダ", LocalDate.of(2023, 4, 1), "123456789012"));
        assertThat(preview.validRows().get(1).value()).isEqualTo(new Person("鈴木", "スズキ", LocalDate.of(2023, 4, 1), ""));
    }

    @Test
    void an_xlsx_that_unpacks_too_large_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= TabularImport.MAX_XLSX_UNPACKED / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThat(read(out.toByteArray()).fileErrors()).extracting(ImportProblem::code).containsExactly(TabularImport.TOO_LARGE);
    }

    @Test
    void an_exported_xlsx_reads_back() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularExport.writeXlsx("roster", List.of("Name", "Kana", "Registered on"),
                List.of(List.of("@x", "ヤマダ", LocalDate.of(2019, 4, 30))), out);
        ImportPreview<Person> preview = read(out.toByteArray());
        assertThat(preview.validRows()).singleElement().extracting(ImportPreview.ValidRow::value)
                .isEqualTo(new Person("@x", "ヤマダ", LocalDate.of(2019, 4, 30), ""));
    }
}
