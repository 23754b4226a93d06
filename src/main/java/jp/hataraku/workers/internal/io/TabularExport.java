package jp.hataraku.workers.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.hataraku.shared.TokyoClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (a header and rows of values) as CSV or XLSX for people to open in Excel.
 *
 * <p>CSV is UTF-8 with a byte-order mark (so Excel reads it as UTF-8) unless Shift_JIS
 * (windows-31j) is asked for, CRLF line ends. XLSX is streamed (SXSSF), so a long roster never
 * sits in memory whole. Both protect against spreadsheet formula injection: a text that starts
 * with {@code = + - @}, a tab or a carriage return is written with a leading {@code '} in CSV, and
 * is always a plain string cell in XLSX. Numbers stay numbers; dates are written as 2023/04/01.
 */
public final class TabularExport {

    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final char BOM = '\uFEFF';
    private static final int MAX_XLSX_TEXT = 32_767;

    private TabularExport() {
    }

    /** CSV, UTF-8 with BOM. */
    public static void writeCsv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        writeCsv(headers, rows, out, StandardCharsets.UTF_8);
    }

    /** CSV in {@code charset}: UTF-8 gets a BOM; for Shift_JIS pass {@code Charset.forName("windows-31j")}. */
    public static void writeCsv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out, Charset charset) {
        try {
            Writer writer = new OutputStreamWriter(out, charset.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(charset.newEncoder().replacement()));
            if (charset.equals(StandardCharsets.UTF_8)) {
                writer.write(BOM);
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord(headers.stream().map(TabularExport::neutralise).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(TabularExport::csvText).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XLSX with one sheet named {@code sheetName}, the header row in bold and frozen. */
    public static void writeXlsx(String sheetName, List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null ? "Sheet1" : sheetName));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
            CellStyle dateTimeStyle = workbook.createCellStyle();
            dateTimeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd hh:mm"));

            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    writeCell(row.createCell(c), values.get(c), dateStyle, dateTimeStyle);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a CSV cell may safely hold it: formula triggers get a leading {@code '}. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return isFormulaTrigger(text.charAt(0)) ? "'" + text : text;
    }

    static boolean isFormulaTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal big ? big.toPlainString() : number.toString();
        }
        if (value instanceof LocalDate date) {
            return CSV_DATE.format(date);
        }
        return neutralise(value.toString());
    }

    private static void writeCell(Cell cell, Object value, CellStyle dateStyle, CellStyle dateTimeStyle) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            cell.setCellValue(((Number) value).longValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof ZonedDateTime d) {
            cell.setCellValue(d.withZoneSameInstant(TokyoClock.ZONE).toLocalDateTime());
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof OffsetDateTime d) {
            cell.setCellValue(d.atZoneSameInstant(TokyoClock.ZONE).toLocalDateTime());
            cell.setCellStyle(dateTimeStyle);
        } else {
            String text = value.toString();
            // A string cell is never evaluated, so no quote is needed here.
            cell.setCellValue(text.length() > MAX_XLSX_TEXT ? text.substring(0, MAX_XLSX_TEXT) : text);
        }
    }
}
