package jp.hataraku.payouts.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.shared.JapaneseDates;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Payment notices (支払通知書): per worker per confirmed period, as a page and a PDF, for staff and
 * for the worker themself under /me/payments (another worker's notice is not found). For a worker
 * registered for invoices the notice carries the items of a buyer-issued purchase statement.
 */
@Controller
class NoticeController {

    private final PayoutAccess access;
    private final ClosingQueries queries;
    private final RewardEngine engine;
    private final Workers workers;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final JapaneseDates dates;

    NoticeController(PayoutAccess access, ClosingQueries queries, RewardEngine engine, Workers workers,
            ITemplateEngine templates, PdfRenderer pdf, JapaneseDates dates) {
        this.access = access;
        this.queries = queries;
        this.engine = engine;
        this.workers = workers;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    @GetMapping("/payouts/periods/{periodId}/workers/{workerId}")
    String staffNotice(@PathVariable long periodId, @PathVariable long workerId, Model model) {
        model.addAllAttributes(notice(periodId, workerId));
        model.addAttribute("pdfUrl", "/payouts/periods/" + periodId + "/workers/" + workerId + "/pdf");
        model.addAttribute("staff", true);
        return "payouts/notice";
    }

    @GetMapping("/payouts/periods/{periodId}/workers/{workerId}/pdf")
    ResponseEntity<byte[]> staffPdf(@PathVariable long periodId, @PathVariable long workerId, Locale locale) {
        return pdf(notice(periodId, workerId), locale);
    }

    @GetMapping("/me/payments")
    String mine(Model model) {
        model.addAttribute("payments", queries.paymentsOf(access.workerId()));
        return "payouts/my-payments";
    }

    @GetMapping("/me/payments/{periodId:\\d+}")
    String myNotice(@PathVariable long periodId, Model model) {
        model.addAllAttributes(notice(periodId, access.workerId()));
        model.addAttribute("pdfUrl", "/me/payments/" + periodId + ".pdf");
        model.addAttribute("staff", false);
        return "payouts/notice";
    }

    @GetMapping("/me/payments/{periodId:\\d+}.pdf")
    ResponseEntity<byte[]> myPdf(@PathVariable long periodId, Locale locale) {
        return pdf(notice(periodId, access.workerId()), locale);
    }

    private Map<String, Object> notice(long periodId, long workerId) {
        ClosingQueries.Notice n = queries.notice(periodId, workerId).orElseThrow(PayoutAccess.NotFound::new);
        PayPeriodSummary period = queries.period(periodId).orElseThrow(PayoutAccess.NotFound::new);
        Map<String, Object> model = new HashMap<>();
        model.put("n", n);
        model.put("period", period);
        model.put("worker", workers.find(workerId).map(WorkerSummary::name).orElse(""));
        model.put("contractor", access.find(n.contractorId()).orElseThrow(PayoutAccess.NotFound::new));
        model.put("objectionDays", engine.settings(n.contractorId()).objectionDays());
        model.put("dates", dates);
        return model;
    }

    private ResponseEntity<byte[]> pdf(Map<String, Object> vars, Locale locale) {
        ClosingQueries.Notice n = (ClosingQueries.Notice) vars.get("n");
        String html = templates.process("payouts/notice-pdf", new Context(locale, vars));
        try {
            byte[] body = pdf.render(html);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("payment-notice-" + n.periodId() + "-" + n.workerId() + ".pdf").build().toString())
                    .body(body);
        } catch (PdfRenderer.FontMissing e) {
            String message = templates.process("payouts/pdf-unavailable", new Context(locale));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
                    .body(message.getBytes(StandardCharsets.UTF_8));
        }
    }
}
