package jp.hataraku.reports.internal.export;

import java.io.IOException;
import java.io.OutputStream;
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
 * <p>The PDF has each figure's data table but not its chart: openhtmltopdf draws inline SVG only with
 * its SVG plugin, which is not a dependency of this application.
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

    public byte[] pdf(ReportMeta meta, List<Figure> figures, Locale locale) throws PdfRenderer.FontMissing {
        return pdf.render(pdfXhtml(meta, figures, locale));
    }

    /** The XHTML the PDF is made from (for tests and a print preview). */
    public String pdfXhtml(ReportMeta meta, List<Figure> figures, Locale locale) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("meta", meta);
        vars.put("dates", dates);
        vars.put("figures", figures.stream().map(f -> new FigureView(f, emptyText(f, locale))).toList());
        return templates.process("reports/export/report-pdf", new Context(locale, vars));
    }

    /** A figure as the PDF shows it: {@code emptyText} is null when it has data. */
    public record FigureView(Figure figure, String emptyText) {
    }

    private String emptyText(Figure f, Locale locale) {
        if (!f.isEmpty()) {
            return null;
        }
        return f.emptyReason().map(code -> messages.getMessage(code, null, code, locale))
                .orElseGet(() -> messages.getMessage("reportexport.noData", null, locale));
    }
}
