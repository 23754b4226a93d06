package jp.hataraku.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.internal.export.ReportExports;
import jp.hataraku.shared.JapaneseDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The PDF council report: Japanese text extracted, cover in both calendars, each figure's page has its table. */
class ReportPdfTest extends ReportPdfTestBase {

    @Test
    void the_report_renders_japanese_and_each_figure_page_has_its_table() throws Exception {
        assertThat(FONT).as("apt-get install -y fonts-ipaexfont").exists();
        List<Figure> figures = ExportFixtures.all();
        byte[] pdf = exports().pdf(ExportFixtures.META, figures, Locale.JAPANESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // cover, contents, one page per figure
            assertThat(document.getNumberOfPages()).isEqualTo(2 + figures.size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = text(stripper, document);
            assertThat(cover).contains("テレワーク事業 議会報告", "山の辺町", nfkc("2025年度（令和7年度）"),
                    nfkc("2026年3月31日（令和8年）"));
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = text(stripper, document);
            // the contents give each figure's page number
            assertThat(contents).contains("目次", "1. 登録者数の推移 3", "2. 退会の理由 4", "4. 来年度 6");
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                stripper.setStartPage(3 + i);
                stripper.setEndPage(3 + i);
                String page = text(stripper, document);
                assertThat(page).contains(nfkc(f.title()), nfkc(f.description()));
                int curves = curveOperators(document, 2 + i);
                if (f.isEmpty()) {
                    assertThat(page).contains("表示できるデータがありません。");
                    assertThat(curves).as(f.id() + " has no chart").isZero();
                    continue;
                }
                // the chart's labels are drawn as glyph outlines (curves); the page's own text and table have none
                assertThat(curves).as(f.id() + " chart drawn").isGreaterThan(50);
                assertThat(page).contains("区分", nfkc("単位：" + f.unit()));
                for (int c = 0; c < f.data().categories().size(); c++) {
                    StringBuilder row = new StringBuilder(nfkc(f.data().categories().get(c)));
                    for (var s : f.data().series()) {
                        row.append(' ').append(String.format(Locale.ROOT, "%,d", s.values().get(c)));
                    }
                    assertThat(page).as(f.id() + " row " + c).contains(row.toString());
                }
            }
        }
    }

    @Test
    void the_xhtml_is_well_formed_and_has_a_table_per_figure_with_data() {
        String xhtml = exports().pdfXhtml(ExportFixtures.META, ExportFixtures.all(), Locale.ENGLISH);
        assertThat(xhtml).contains("id=\"table-registered-by-month\"", "id=\"table-withdrawals-by-reason\"",
                "id=\"table-rewards-paid\"").doesNotContain("id=\"table-next-year");
        assertThat(xhtml).contains("Contents", "There is no data to show.");
        // each figure with data carries its chart, an SVG whose text asks for the PDF's Japanese font
        assertThat(xhtml).contains("id=\"chart-registered-by-month\"", "font-family=\"IPAexGothic\"")
                .doesNotContain("stroke-dasharray=\"\"");
    }

    @Test
    void the_contents_list_figures_by_section_numbered_across_sections() throws Exception {
        List<Figure> all = ExportFixtures.all();
        byte[] pdf = exports().pdfBySection(ExportFixtures.META, List.of(
                new ReportExports.Part("住民ワーカー", all.subList(0, 2)),
                new ReportExports.Part("仕事と報酬", all.subList(2, all.size()))), Locale.JAPANESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2 + all.size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = text(stripper, document);
            assertThat(contents.indexOf("住民ワーカー")).isLessThan(contents.indexOf("1. 登録者数の推移 3"));
            assertThat(contents.indexOf("仕事と報酬")).isGreaterThan(contents.indexOf("2. 退会の理由 4"))
                    .isLessThan(contents.indexOf("3. "));
            stripper.setStartPage(5);
            stripper.setEndPage(5);
            assertThat(text(stripper, document)).contains("仕事と報酬", "3. ");
        }
    }

    /** The curve operators ({@code c}, {@code v}, {@code y}) drawn on a page (0-based). */
    private static int curveOperators(PDDocument document, int pageIndex) throws Exception {
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(
                document.getPage(pageIndex));
        int curves = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                    && (op.getName().equals("c") || op.getName().equals("v") || op.getName().equals("y"))) {
                curves++;
            }
        }
        // Batik draws the SVG into a form XObject: count the operators of the page's forms as well
        for (var name : document.getPage(pageIndex).getResources().getXObjectNames()) {
            if (document.getPage(pageIndex).getResources().getXObject(name)
                    instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                org.apache.pdfbox.pdfparser.PDFStreamParser fp = new org.apache.pdfbox.pdfparser.PDFStreamParser(form);
                for (Object token = fp.parseNextToken(); token != null; token = fp.parseNextToken()) {
                    if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                            && (op.getName().equals("c") || op.getName().equals("v") || op.getName().equals("y"))) {
                        curves++;
                    }
                }
            }
        }
        return curves;
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String text(PDFTextStripper stripper, PDDocument document) throws Exception {
        // IPAex maps some kanji to their Kangxi radicals; NFKC folds them back.
        return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
    }
}
