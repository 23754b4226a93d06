package jp.hataraku.payouts.internal.terms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.platform.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A worker's own terms: the list (pending first), one document to read and accept, its PDF. */
@Controller
class WorkerTermsController {

    private final TermsService terms;
    private final Accounts accounts;
    private final Jobs jobs;
    private final Audit audit;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    WorkerTermsController(TermsService terms, Accounts accounts, Jobs jobs, Audit audit, ITemplateEngine templates,
            PdfRenderer pdf) {
        this.terms = terms;
        this.accounts = accounts;
        this.jobs = jobs;
        this.audit = audit;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/me/terms")
    String list(Model model) {
        long workerId = workerId();
        java.util.List<TermsDocument> documents = terms.forWorker(workerId);
        model.addAttribute("documents", documents);
        // jobs waiting for acceptance whose document is still being issued (it follows the joining at once)
        model.addAttribute("awaitingIssue", jobs.awaitingTerms(workerId).stream()
                .filter(j -> documents.stream().noneMatch(d -> d.jobId() == j.id() && d.pending())).toList());
        return "payouts/terms/list";
    }

    @GetMapping("/me/terms/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        TermsDocument doc = own(id);
        model.addAttribute("doc", doc);
        model.addAttribute("newer", doc.latest() ? null : terms.latestOf(id).orElse(null));
        model.addAttribute("pdfAvailable", pdf.available());
        return "payouts/terms/document";
    }

    @PostMapping("/me/terms/{id:\\d+}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "false") boolean agree, Model model,
            RedirectAttributes flash) {
        TermsDocument doc = own(id);
        if (!agree) {
            model.addAttribute("doc", doc);
            model.addAttribute("pdfAvailable", pdf.available());
            model.addAttribute("agreeError", "terms.accept.agreeRequired");
            return "payouts/terms/document";
        }
        TermsService.Acceptance outcome = terms.accept(doc, workerId(), user().accountId());
        flash.addFlashAttribute("notice", "terms.accept." + outcome.name());
        if (outcome == TermsService.Acceptance.SUPERSEDED) {
            // the newer version is the one to read and accept: show it, with why
            flash.addFlashAttribute("noticeError", true);
            return "redirect:/me/terms/" + terms.latestOf(id).map(TermsDocument::id).orElse(id);
        }
        return "redirect:/me/terms/" + id;
    }

    @GetMapping("/me/terms/{id:\\d+}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        TermsDocument doc = own(id);
        Map<String, Object> vars = new HashMap<>();
        vars.put("doc", doc);
        String html = templates.process("payouts/terms/pdf", new Context(TermsContent.DOCUMENT_LOCALE, vars));
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("terms-" + doc.jobId() + "-v" + doc.version() + ".pdf").build().toString())
                    .body(pdf.render(html));
        } catch (PdfRenderer.FontMissing e) {
            String message = templates.process("clients/pdf-unavailable", new Context(locale));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
                    .body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The signed-in worker's document; anyone else's is a 404 (audited), never shown. */
    private TermsDocument own(long id) {
        long workerId = workerId();
        TermsDocument doc = terms.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (doc.workerId() != workerId) {
            audit.event("terms.read.refused", "document " + id + " worker " + workerId);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return doc;
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private long workerId() {
        return user().workerId().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
