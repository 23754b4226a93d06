package jp.hataraku.jobs.internal.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes delivered results, streaming: rows come from a source that can be read more than once
 * ({@code rows.accept(consumer)} runs the query again). CSV is UTF-8 with BOM or Shift_JIS
 * (windows-31j), CRLF; a text starting with a formula trigger gets a leading {@code '} in CSV and is
 * a plain string cell in XLSX (SXSSF, 500 rows in memory); JSON is an array of objects.
 */
public final class ResultWriter {

    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final int MAX_XLSX_TEXT = 32_767;
    /** How many rows a refused Shift_JIS export names. */
    public static final int MAX_NAMED_ROWS = 10;

    /** Some values have characters Shift_JIS cannot hold; {@code seqs} names the first rows. */
    public static final class NotShiftJis extends RuntimeException {
        private final transient List<Long> seqs;

        public NotShiftJis(List<Long> seqs) {
            super("not representable in Shift_JIS: rows " + seqs, null, false, false);
            this.seqs = List.copyOf(seqs);
        }

        public List<Long> seqs() {
            return seqs;
        }
    }

    /** A source of rows that can be read again. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<ResultRow> row);
    }

    private ResultWriter() {
    }

    /** Refuses with {@link NotShiftJis} before writing anything when a value cannot be encoded. */
    public static void checkShiftJis(ResultTable table, Rows rows) {
        CharsetEncoder encoder = SHIFT_JIS.newEncoder();
        for (String h : table.header()) {
            if (!encoder.canEncode(h)) {
                throw new NotShiftJis(List.of(0L));
            }
        }
        List<Long> bad = new ArrayList<>();
        rows.each(row -> {
            if (bad.size() < MAX_NAMED_ROWS) {
                for (String cell : table.cells(row)) {
                    if (!encoder.canEncode(cell)) {
                        bad.add(row.seq());
                        break;
                    }
                }
            }
        });
        if (!bad.isEmpty()) {
            throw new NotShiftJis(bad);
        }
    }

    public static void write(ExportFormat format, ResultTable table, Rows rows, OutputStream out) {
        switch (format) {
            case CSV -> csv(table, rows, out, StandardCharsets.UTF_8);
            case CSV_SJIS -> {
                checkShiftJis(table, rows);
                csv(table, rows, out, SHIFT_JIS);
            }
            case XLSX -> xlsx(table, rows, out);
            case JSON -> json(table, rows, out);
        }
    }

    static void csv(ResultTable table, Rows rows, OutputStream out, Charset charset) {
        try {
            Writer writer = new OutputStreamWriter(out, charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT));
            if (charset.equals(StandardCharsets.UTF_8)) {
                writer.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord(table.header().stream().map(ResultWriter::neutralise).toList());
            rows.each(row -> {
                try {
                    printer.printRecord(table.cells(row).stream().map(ResultWriter::neutralise).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void xlsx(ResultTable table, Rows rows, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("results");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> names = table.header();
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] r = {1};
            rows.each(row -> {
                Row x = sheet.createRow(r[0]++);
                x.createCell(0).setCellValue(row.seq());
                List<String> cells = table.cells(row);
                for (int c = 1; c < cells.size(); c++) {
                    String text = cells.get(c);
                    x.createCell(c).setCellValue(text.length() > MAX_XLSX_TEXT ? text.substring(0, MAX_XLSX_TEXT) : text);
                }
            });
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void json(ResultTable table, Rows rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('[');
            List<String> header = table.header();
            boolean[] first = {true};
            StringBuilder b = new StringBuilder(256);
            rows.each(row -> {
                b.setLength(0);
                b.append(first[0] ? "\n" : ",\n").append('{');
                first[0] = false;
                List<String> cells = table.cells(row);
                string(b, header.get(0)).append(':').append(row.seq());
                for (int c = 1; c < cells.size(); c++) {
                    b.append(',');
                    string(b, header.get(c)).append(':');
                    string(b, cells.get(c));
                }
                b.append('}');
                try {
                    writer.append(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.write("\n]\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"');
    }

    /** A CSV cell that a spreadsheet would run as a formula gets a leading {@code '}. */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
        return trigger ? "'" + text : text;
    }
}
