package jp.hataraku.reports.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.SmallCellSuppression;
import jp.hataraku.shared.JapaneseDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The council report's downloads, for the reports controller: the Excel workbook
 * ({@link ReportWorkbook}), open-data CSV with small-cell suppression ({@link OpenDataCsv}) and the
 * PDF report (template {@code reports/export/report-pdf}, rendered by {@link PdfRenderer}). Each takes
 * the same figures and metadata the dashboard shows, so the forms cannot disagree.
 * <p>The PDF has, for each figure, its chart and its data table: the chart is the dashboard's own SVG
 * ({@link Figure#svg()}), drawn as vector graphics by openhtmltopdf's Batik SVG plugin with its text in
 * the embedded Japanese font, so print and screen show the same drawing. Its contents list the figures
 * by section.
 */
@Component
public class ReportExports {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final JapaneseDates dates;
    private final ReportWorkbook workbook;
    private final OpenDataCsv csv;
    private final MessageSource messages;

    public ReportExports(ITemplateEngine templates, PdfRenderer pdf, JapaneseDates dates, MessageSource messages) {
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
        this.messages = messages;
        this.workbook = new ReportWorkbook(messages, dates);
        this.csv = new OpenDataCsv(SmallCellSuppression.standard());
    }

    public void xlsx(ReportMeta meta, List<Figure> figures, Locale locale, OutputStream out) throws IOException {
        workbook.write(meta, figures, locale, out);
    }

    public void openDataCsv(ReportMeta meta, List<Figure> figures, OutputStream out) throws IOException {
        csv.write(meta, figures, out);
    }

    /** Whether {@link #pdf} can work here (the Japanese font is installed). */
    public boolean pdfAvailable() {
        return pdf.available();
    }

    /** The PDF of figures without sections (one untitled part). */
    public byte[] pdf(ReportMeta meta, List<Figure> figures, Locale locale) throws PdfRenderer.FontMissing {
        return pdf.render(pdfXhtml(meta, figures, locale));
    }

    /** The PDF of figures by section: the contents list each part's title and figures. */
    public byte[] pdfBySection(ReportMeta meta, List<Part> parts, Locale locale) throws PdfRenderer.FontMissing {
        return pdf.render(pdfXhtmlBySection(meta, parts, locale));
    }

    /** The XHTML the PDF is made from (for tests and a print preview). */
    public String pdfXhtml(ReportMeta meta, List<Figure> figures, Locale locale) {
        return pdfXhtmlBySection(meta, List.of(new Part(null, figures)), locale);
    }

    public String pdfXhtmlBySection(ReportMeta meta, List<Part> parts, Locale locale) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("meta", meta);
        vars.put("dates", dates);
        List<PartView> views = new ArrayList<>();
        int n = 0;
        for (Part part : parts) {
            List<FigureView> figures = new ArrayList<>();
            for (Figure f : part.figures()) {
                figures.add(new FigureView(f, emptyText(f, locale), ++n));
            }
            views.add(new PartView(part.title(), figures));
        }
        vars.put("parts", views);
        return templates.process("reports/export/report-pdf", new Context(locale, vars));
    }

    /** A section of the report: its title (null for none) and its figures. */
    public record Part(String title, List<Figure> figures) {
    }

    /** A part as the PDF shows it. */
    public record PartView(String title, List<FigureView> figures) {
    }

    /** A figure as the PDF shows it: {@code emptyText} is null when it has data; {@code number} counts from 1 across parts. */
    public record FigureView(Figure figure, String emptyText, int number) {

        /** The figure's SVG chart for print: its text in the PDF's embedded Japanese font, sized by the page. */
        public String printSvg() {
            return figure.svg().replace("font-family=\"sans-serif\"", "font-family=\"" + PdfRenderer.FONT_FAMILY + "\"");
        }
    }

    private String emptyText(Figure f, Locale locale) {
        if (!f.isEmpty()) {
            return null;
        }
        return f.emptyReason().map(code -> messages.getMessage(code, null, code, locale))
                .orElseGet(() -> messages.getMessage("reportexport.noData", null, locale));
    }
}
