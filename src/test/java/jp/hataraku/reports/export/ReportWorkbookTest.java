package jp.hataraku.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.reports.ChartData;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.internal.export.ReportWorkbook;
import jp.hataraku.shared.JapaneseDates;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: the cover states the report, every number equals the figure's data. */
class ReportWorkbookTest {

    private final ReportWorkbook writer = new ReportWorkbook(ExportFixtures.messages(), new JapaneseDates());

    private XSSFWorkbook written(List<Figure> figures, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(ExportFixtures.META, figures, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void the_cover_states_title_town_years_in_both_calendars_and_lists_the_figures() throws Exception {
        try (XSSFWorkbook book = written(ExportFixtures.all(), Locale.JAPANESE)) {
            Sheet cover = book.getSheetAt(0);
            assertThat(cover.getSheetName()).isEqualTo("表紙");
            assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("テレワーク事業 議会報告");
            assertThat(cover.getRow(1).getCell(1).getStringCellValue()).isEqualTo("山の辺町");
            assertThat(cover.getRow(1).getCell(2).getStringCellValue()).isEqualTo("012345");
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025年度（令和7年度）");
            assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2026年3月31日（令和8年）");
            List<Figure> figures = ExportFixtures.all();
            for (int i = 0; i < figures.size(); i++) {
                Row row = cover.getRow(ReportWorkbook.COVER_LIST_ROW + 1 + i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(figures.get(i).title());
                assertThat(book.getSheet(row.getCell(0).getStringCellValue())).as("listed sheet exists").isNotNull();
            }
            assertThat(book.getNumberOfSheets()).isEqualTo(1 + figures.size());
        }
    }

    @Test
    void every_number_equals_the_figures_data_as_a_numeric_cell() throws Exception {
        List<Figure> figures = ExportFixtures.all();
        try (XSSFWorkbook book = written(figures, Locale.JAPANESE)) {
            int checked = 0;
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                Sheet sheet = book.getSheetAt(i + 1);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(f.title());
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(f.description());
                assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(f.unit());
                if (f.isEmpty()) {
                    continue;
                }
                Row head = sheet.getRow(ReportWorkbook.TABLE_HEADER_ROW);
                ChartData data = f.data();
                for (int s = 0; s < data.series().size(); s++) {
                    assertThat(head.getCell(s + 1).getStringCellValue()).isEqualTo(data.series().get(s).name());
                }
                for (int c = 0; c < data.categories().size(); c++) {
                    Row row = sheet.getRow(ReportWorkbook.TABLE_HEADER_ROW + 1 + c);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(data.categories().get(c));
                    for (int s = 0; s < data.series().size(); s++) {
                        assertThat(row.getCell(s + 1).getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat((long) row.getCell(s + 1).getNumericCellValue())
                                .isEqualTo(data.series().get(s).values().get(c));
                        checked++;
                    }
                }
                assertThat(sheet.getRow(ReportWorkbook.TABLE_HEADER_ROW + 1 + data.categories().size())).isNull();
            }
            assertThat(checked).isEqualTo(6 + 3 + 2);
        }
    }

    @Test
    void an_empty_figure_says_why_instead_of_a_table() throws Exception {
        try (XSSFWorkbook book = written(ExportFixtures.all(), Locale.ENGLISH)) {
            Sheet sheet = book.getSheetAt(4);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).startsWith("next-year-forecast");
            assertThat(sheet.getRow(ReportWorkbook.TABLE_HEADER_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("There is no data to show.");
            assertThat(sheet.getRow(ReportWorkbook.TABLE_HEADER_ROW + 1)).isNull();
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Cover");
        }
    }

    @Test
    void sheet_names_are_at_most_31_characters_unique_and_never_the_covers() {
        String longId = "a-figure-id-that-is-much-longer-than-excel-allows";
        List<Figure> figures = List.of(figure(longId), figure(longId + "-too"), figure(longId + "-three"), figure("cover"));
        Map<String, String> names = ReportWorkbook.sheetNames("Cover", figures);
        assertThat(names.values()).allSatisfy(n -> assertThat(n).hasSizeLessThanOrEqualTo(31))
                .doesNotHaveDuplicates().doesNotContain("cover", "Cover");
        assertThat(names.get(longId)).isEqualTo(longId.substring(0, 31));
    }

    private static Figure figure(String id) {
        return new Figure(id, id, id, "人", Figure.Kind.BARS,
                new ChartData(List.of("a"), List.of(new ChartData.Series("s", List.of(5L)))), true, Optional.empty());
    }
}
