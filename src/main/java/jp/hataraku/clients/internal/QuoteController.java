package jp.hataraku.clients.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.clients.internal.Forms.QuoteForm;
import jp.hataraku.organization.Organizations;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.JapaneseDates;
import jp.hataraku.shared.TokyoClock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Quotes of a client: write one, read it, download it as a PDF. */
@Controller
@RequestMapping("/clients/{id:\\d+}/quotes")
class QuoteController {

    private final ClientService service;
    private final QuoteRepository quotes;
    private final ClientAccess access;
    private final Organizations organizations;
    private final TokyoClock clock;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final JapaneseDates dates;

    QuoteController(ClientService service, QuoteRepository quotes, ClientAccess access, Organizations organizations,
            TokyoClock clock, ITemplateEngine templates, PdfRenderer pdf, JapaneseDates dates) {
        this.service = service;
        this.quotes = quotes;
        this.access = access;
        this.organizations = organizations;
        this.clock = clock;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    @GetMapping("/new")
    String newQuote(@PathVariable long id, Model model) {
        QuoteForm form = new QuoteForm();
        form.setIssuedOn(clock.today().toString());
        form.setValidUntil(clock.today().plusDays(30).toString());
        return form(model, access.visible(id), form);
    }

    @PostMapping("/new")
    String create(@PathVariable long id, @ModelAttribute("form") QuoteForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ClientRecord client = access.visible(id);
        Checked<ClientInput.QuoteInput> checked = ClientInput.quote(form.getTitle(), form.getIssuedOn(),
                form.getValidUntil(), form.rows(), clock.today());
        if (!checked.isValid()) {
            form.pad();
            Forms.reject(binding, checked.errors());
            return form(model, client, form);
        }
        long quote = service.createQuote(client, checked.get());
        redirect.addFlashAttribute("done", "clients.saved.quote");
        return "redirect:/clients/" + id + "/quotes/" + quote;
    }

    @GetMapping("/{quoteId:\\d+}")
    String show(@PathVariable long id, @PathVariable long quoteId, Model model) {
        model.addAllAttributes(quoteModel(access.visible(id), quoteId));
        model.addAttribute("pdfAvailable", pdf.available());
        return "clients/quote";
    }

    @GetMapping("/{quoteId:\\d+}/pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long quoteId, Locale locale) {
        Map<String, Object> vars = quoteModel(access.visible(id), quoteId);
        vars.put("dates", dates);
        String html = templates.process("clients/quote-pdf", new Context(locale, vars));
        try {
            byte[] body = pdf.render(html);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("quote-" + quoteId + ".pdf").build().toString())
                    .body(body);
        } catch (PdfRenderer.FontMissing e) {
            String message = templates.process("clients/pdf-unavailable", new Context(locale));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
                    .body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private Map<String, Object> quoteModel(ClientRecord client, long quoteId) {
        Quote quote = quotes.find(quoteId).filter(q -> q.clientId() == client.id())
                .orElseThrow(ClientService.NotFound::new);
        Map<String, Object> model = new HashMap<>();
        model.put("client", client);
        model.put("quote", quote);
        model.put("totals", quote.totals());
        model.put("contractor", organizations.contractor(quote.contractorId()).orElse(null));
        return model;
    }

    private String form(Model model, ClientRecord client, QuoteForm form) {
        model.addAttribute("form", form);
        model.addAttribute("client", client);
        return "clients/quote-form";
    }
}
