package jp.hataraku.reports.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.shared.JapaneseDates;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The council report as an Excel workbook, streamed (SXSSF: only a window of rows is in memory).
 * Sheet 1 is the cover: title, municipality and its code, the fiscal year in Western and 令和 years,
 * the report date in both calendars, and the list of figures with the sheet each is on. Then one sheet
 * per figure, named by its id (cut to Excel's 31 characters and made unique), laid out as
 * <pre>
 * row 1  title
 * row 2  description
 * row 3  unit label | unit
 * row 5  category label | series 1 | series 2 …
 * row 6… category      | number   | number   …   (numeric cells, "#,##0")
 * </pre>
 * An empty figure's sheet says why in row 5 instead of a table. Labels come from the
 * {@code i18n/reportexport} bundle; an empty reason is a message code, shown resolved.
 */
public final class ReportWorkbook {

    /** First row (0-based) of a figure sheet's data table header. */
    public static final int TABLE_HEADER_ROW = 4;
    /** Row (0-based) of the cover sheet where the list of figures starts (its header). */
    public static final int COVER_LIST_ROW = 6;

    private final MessageSource messages;
    private final JapaneseDates dates;

    public ReportWorkbook(MessageSource messages, JapaneseDates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** The sheet name of each figure id, in order: ids cut to 31 characters, unique, never the cover's name. */
    public static Map<String, String> sheetNames(String coverName, List<Figure> figures) {
        Set<String> taken = new HashSet<>();
        taken.add(coverName.toLowerCase(Locale.ROOT));
        Map<String, String> names = new LinkedHashMap<>();
        for (Figure f : figures) {
            String base = WorkbookUtil.createSafeSheetName(f.id());
            String name = base;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "~" + n;
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(f.id(), name);
        }
        return names;
    }

    public void write(ReportMeta meta, List<Figure> figures, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);

            String coverName = WorkbookUtil.createSafeSheetName(msg("reportexport.xlsx.cover", locale));
            Map<String, String> names = sheetNames(coverName, figures);

            SXSSFSheet cover = book.createSheet(coverName);
            cover.setColumnWidth(0, 24 * 256);
            cover.setColumnWidth(1, 48 * 256);
            cover.setColumnWidth(2, 32 * 256);
            text(cover.createRow(0), 0, meta.title(), bold);
            Row town = cover.createRow(1);
            text(town, 0, msg("reportexport.municipality", locale), null);
            text(town, 1, meta.municipalityName(), null);
            text(town, 2, meta.municipalityCode(), null);
            Row year = cover.createRow(2);
            text(year, 0, msg("reportexport.fiscalYear", locale), null);
            text(year, 1, meta.fiscalYear().labelWithEra(), null);
            Row date = cover.createRow(3);
            text(date, 0, msg("reportexport.reportDate", locale), null);
            text(date, 1, dates.both(meta.reportDate()), null);
            Row head = cover.createRow(COVER_LIST_ROW);
            text(head, 0, msg("reportexport.xlsx.sheet", locale), bold);
            text(head, 1, msg("reportexport.figureTitle", locale), bold);
            text(head, 2, msg("reportexport.figureId", locale), bold);
            int r = COVER_LIST_ROW + 1;
            for (Figure f : figures) {
                Row row = cover.createRow(r++);
                text(row, 0, names.get(f.id()), null);
                text(row, 1, f.title(), null);
                text(row, 2, f.id(), null);
            }

            for (Figure f : figures) {
                SXSSFSheet sheet = book.createSheet(names.get(f.id()));
                sheet.setColumnWidth(0, 24 * 256);
                text(sheet.createRow(0), 0, f.title(), bold);
                text(sheet.createRow(1), 0, f.description(), null);
                Row unit = sheet.createRow(2);
                text(unit, 0, msg("reportexport.unit", locale), null);
                text(unit, 1, f.unit(), null);
                if (f.isEmpty()) {
                    String reason = f.emptyReason().map(code -> messages.getMessage(code, null, code, locale))
                            .orElseGet(() -> msg("reportexport.noData", locale));
                    text(sheet.createRow(TABLE_HEADER_ROW), 0, reason, null);
                    continue;
                }
                ChartData data = f.data();
                Row tableHead = sheet.createRow(TABLE_HEADER_ROW);
                text(tableHead, 0, msg("reportexport.category", locale), bold);
                for (int s = 0; s < data.series().size(); s++) {
                    text(tableHead, s + 1, data.series().get(s).name(), bold);
                    sheet.setColumnWidth(s + 1, 16 * 256);
                }
                for (int c = 0; c < data.categories().size(); c++) {
                    Row row = sheet.createRow(TABLE_HEADER_ROW + 1 + c);
                    text(row, 0, data.categories().get(c), null);
                    for (int s = 0; s < data.series().size(); s++) {
                        var cell = row.createCell(s + 1);
                        cell.setCellValue((double) data.series().get(s).values().get(c));
                        cell.setCellStyle(number);
                    }
                }
            }
            book.write(out);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
