package jp.hataraku.billing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.billing.Invoice;
import jp.hataraku.billing.InvoiceLine;
import jp.hataraku.shared.InvoiceTax;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.shared.JapaneseDates;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An issued invoice as a PDF (the page's own template, Japanese font embedded) and as an XLSX
 * workbook with the same items: issuer and registration number, recipient, dates, lines (reduced
 * rate marked), totals and tax by rate.
 */
@Component
class InvoiceDocuments {

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final JapaneseDates dates;
    private final MessageSource messages;
    private final BillingRepository repository;

    InvoiceDocuments(ITemplateEngine templates, PdfRenderer pdf, JapaneseDates dates, MessageSource messages,
            BillingRepository repository) {
        this.repository = repository;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
        this.messages = messages;
    }

    boolean pdfAvailable() {
        return pdf.available();
    }

    /** What the invoice template needs: the invoice, the date formatter and the numbers of related invoices. */
    Map<String, Object> model(Invoice invoice) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("invoice", invoice);
        vars.put("dates", dates);
        vars.put("originalLabel", label(invoice.originalInvoiceId()));
        vars.put("replacesLabel", label(invoice.replacesInvoiceId()));
        vars.put("supersededByLabel", label(invoice.supersededBy()));
        return vars;
    }

    private String label(java.util.Optional<Long> id) {
        return id.flatMap(repository::find).map(Invoice::numberLabel).orElse("");
    }

    byte[] pdf(Invoice invoice, Locale locale) throws PdfRenderer.FontMissing {
        Map<String, Object> vars = model(invoice);
        return pdf.render(templates.process("billing/invoice-pdf", new Context(locale, vars)));
    }

    /** The PDF shown in the browser, or a page saying PDFs cannot be made here (503). */
    ResponseEntity<byte[]> pdfResponse(Invoice invoice, Locale locale) {
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("invoice-" + invoice.numberLabel() + ".pdf").build().toString())
                    .body(pdf(invoice, locale));
        } catch (PdfRenderer.FontMissing e) {
            String page = templates.process("billing/pdf-unavailable", new Context(locale));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
                    .body(page.getBytes(StandardCharsets.UTF_8));
        }
    }

    byte[] xlsx(Invoice invoice, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(invoice.numberLabel());
            CellStyle yen = book.createCellStyle();
            yen.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            int r = 0;
            r = pair(sheet, r, msg(invoice.kind() == jp.hataraku.billing.InvoiceKind.RETURN
                    ? "billing.pdf.returnHeading" : "billing.pdf.heading", locale), "");
            r = pair(sheet, r, msg("billing.invoice.number", locale), invoice.numberLabel());
            r = pair(sheet, r, msg("billing.invoice.issuedOn", locale), dates.display(invoice.issuedOn(), locale));
            r = pair(sheet, r, msg("billing.invoice.transactionDates", locale),
                    dates.display(invoice.transactionFrom(), locale) + (invoice.period()
                            ? " – " + dates.display(invoice.transactionTo(), locale) : ""));
            r = pair(sheet, r, msg("billing.invoice.dueOn", locale), dates.display(invoice.dueOn(), locale));
            r = pair(sheet, r, msg("billing.invoice.recipient", locale), invoice.recipientName());
            r = pair(sheet, r, msg("billing.invoice.issuer", locale), invoice.issuerName());
            r = pair(sheet, r, msg("billing.invoice.registrationNumber", locale), invoice.registrationNumber());
            r++;
            Row head = sheet.createRow(r++);
            String[] columns = {"billing.line.date", "billing.line.description", "billing.line.quantity",
                "billing.line.unitPrice", "billing.line.amount", "billing.line.taxRate", "billing.line.reduced"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(msg(columns[c], locale));
            }
            for (InvoiceLine l : invoice.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.transactionDate().toString());
                row.createCell(1).setCellValue(l.description());
                row.createCell(2).setCellValue(l.quantity());
                money(row, 3, l.unitPrice(), yen);
                money(row, 4, l.amount(), yen);
                row.createCell(5).setCellValue(l.taxRate() + "%");
                row.createCell(6).setCellValue(l.reduced() ? msg("billing.reducedMark", locale) : "");
            }
            r++;
            Row totalsHead = sheet.createRow(r++);
            totalsHead.createCell(0).setCellValue(msg("billing.totals.rate", locale));
            totalsHead.createCell(1).setCellValue(msg("billing.totals.amount", locale));
            totalsHead.createCell(2).setCellValue(msg("billing.totals.tax", locale));
            for (InvoiceTax.RateTotal t : invoice.byRate()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.taxRate() + "%" + (t.reduced() ? " " + msg("billing.reducedMark", locale) : ""));
                money(row, 1, t.amount(), yen);
                money(row, 2, t.tax(), yen);
            }
            Row sum = sheet.createRow(r++);
            sum.createCell(0).setCellValue(msg("billing.totals.sum", locale));
            money(sum, 1, invoice.totalAmount(), yen);
            money(sum, 2, invoice.totalTax(), yen);
            Row total = sheet.createRow(r++);
            total.createCell(0).setCellValue(msg("billing.totals.total", locale));
            money(total, 1, invoice.total(), yen);
            if (invoice.hasReduced()) {
                sheet.createRow(r + 1).createCell(0).setCellValue(msg("billing.reducedNote", locale));
            }
            for (int c = 0; c < 7; c++) {
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static void money(Row row, int column, long amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount);
        cell.setCellStyle(style);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
