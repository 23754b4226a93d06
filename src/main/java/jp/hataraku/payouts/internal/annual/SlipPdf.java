package jp.hataraku.payouts.internal.annual;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.organization.Contractor;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.shared.JapaneseDates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The withholding slip (支払調書の受給者用控え) as a PDF: the payee's copy, which never carries the
 * My Number (RULES-JP §5) — the template is given no number to show.
 */
@Component
class SlipPdf {

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final JapaneseDates dates;
    private final AnnualService annual;

    SlipPdf(ITemplateEngine templates, PdfRenderer pdf, JapaneseDates dates, AnnualService annual) {
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
        this.annual = annual;
    }

    ResponseEntity<byte[]> render(Contractor payer, Year year, AnnualRecord.Payee payee, Locale locale) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("payer", payer);
        vars.put("year", year.getValue());
        vars.put("reiwa", year.getValue() - 2018);
        vars.put("payee", payee);
        vars.put("dates", dates);
        Map<String, String> kubun = new HashMap<>();
        Map<String, String> saimoku = new HashMap<>();
        for (AnnualRecord.Line line : payee.subjectLines()) {
            kubun.put(line.kind().name(), annual.kubun(line.kind()));
            saimoku.put(line.kind().name(), annual.saimoku(line.kind()));
        }
        vars.put("kubun", kubun);
        vars.put("saimoku", saimoku);
        String html = templates.process("payouts/annual/slip-pdf", new Context(locale, vars));
        try {
            byte[] body = pdf.render(html);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("withholding-slip-" + year + "-" + payer.id() + "-" + payee.details().workerId() + ".pdf")
                            .build().toString())
                    .body(body);
        } catch (PdfRenderer.FontMissing e) {
            String message = templates.process("payouts/annual/pdf-unavailable", new Context(locale));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
                    .body(message.getBytes(StandardCharsets.UTF_8));
        }
    }
}
