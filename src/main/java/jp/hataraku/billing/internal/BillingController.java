package jp.hataraku.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.hataraku.billing.BillableLine;
import jp.hataraku.billing.Invoice;
import jp.hataraku.billing.InvoiceLine;
import jp.hataraku.shared.InvoiceTax;
import jp.hataraku.billing.Invoices;
import jp.hataraku.billing.internal.BillingForms.IssueForm;
import jp.hataraku.billing.internal.BillingForms.LineRow;
import jp.hataraku.billing.internal.BillingForms.PaymentForm;
import jp.hataraku.billing.internal.BillingForms.ReissueForm;
import jp.hataraku.billing.internal.BillingForms.ReturnForm;
import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The billing pages for contractor staff: invoices with their balances, unbilled work, issuing,
 * an invoice with its PDF and XLSX, payments received, return invoices, cancel-and-reissue, the
 * overdue list and the rounding setting. Thin: read the form, ask {@link Invoices}, show the answer.
 */
@Controller
class BillingController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Invoices invoices;
    private final Clients clients;
    private final Jobs jobs;
    private final Organizations organizations;
    private final InvoiceDocuments documents;
    private final TokyoClock clock;
    private final MessageSource messages;

    BillingController(Invoices invoices, Clients clients, Jobs jobs, Organizations organizations,
            InvoiceDocuments documents, TokyoClock clock, MessageSource messages) {
        this.invoices = invoices;
        this.clients = clients;
        this.jobs = jobs;
        this.organizations = organizations;
        this.documents = documents;
        this.clock = clock;
        this.messages = messages;
    }

    /** No such invoice or client: the 404 page. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    // --- list, unbilled, overdue ---

    @GetMapping("/billing")
    String list(Model model) {
        LocalDate today = clock.today();
        model.addAttribute("receivables", invoices.receivables());
        model.addAttribute("today", today);
        return "billing/list";
    }

    /** One client's unbilled lines, with its jobs and months to issue per job or per month. */
    record ClientWork(ClientSummary client, List<BillableLine> lines, long total, Map<Long, String> jobs,
            List<YearMonth> months) {
    }

    @GetMapping("/billing/unbilled")
    String unbilled(Model model) {
        Map<Long, List<BillableLine>> byClient = invoices.unbilled().stream()
                .collect(Collectors.groupingBy(BillableLine::clientId, TreeMap::new, Collectors.toList()));
        List<ClientWork> work = new ArrayList<>();
        byClient.forEach((clientId, lines) -> clients.find(clientId).ifPresent(client -> {
            Map<Long, String> jobTitles = new LinkedHashMap<>();
            lines.stream().flatMap(l -> l.jobId().stream()).distinct()
                    .forEach(j -> jobs.find(j).ifPresent(job -> jobTitles.put(j, job.title())));
            List<YearMonth> months = lines.stream().map(l -> YearMonth.from(l.workDate())).distinct().sorted().toList();
            work.add(new ClientWork(client, lines, lines.stream().mapToLong(BillableLine::amount).sum(), jobTitles,
                    months));
        }));
        model.addAttribute("work", work);
        model.addAttribute("today", clock.today());
        return "billing/unbilled";
    }

    @GetMapping("/billing/overdue")
    String overdue(Model model) {
        LocalDate today = clock.today();
        model.addAttribute("overdue", invoices.overdue(today));
        model.addAttribute("today", today);
        return "billing/overdue";
    }

    // --- issuing ---

    @GetMapping("/billing/issue")
    String issueForm(@RequestParam(required = false) Long clientId, Model model, Locale locale) {
        if (clientId == null) {
            model.addAttribute("clients", allClients());
            return "billing/choose-client";
        }
        IssueForm form = new IssueForm();
        form.setClientId(clientId);
        form.setIssuedOn(clock.today().toString());
        ClientSummary client = clients.find(clientId).orElseThrow(NotFound::new);
        form.setLineIds(invoices.unbilledForClient(clientId).stream().map(BillableLine::id)
                .collect(Collectors.toCollection(ArrayList::new)));
        return issuePage(model, client, form, List.of(), locale);
    }

    @PostMapping("/billing/issue")
    String issue(@ModelAttribute("form") IssueForm form, Model model, Locale locale, RedirectAttributes redirect) {
        ClientSummary client = clients.find(form.getClientId() == null ? -1 : form.getClientId())
                .orElseThrow(NotFound::new);
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> issuedOn = BillingForms.date(form.getIssuedOn(), "issuedOn", errors);
        List<Invoices.ManualLine> manual = BillingForms.lines(form.getManual(), "manual",
                issuedOn.orElse(clock.today()), errors);
        if (errors.isEmpty()) {
            Checked<Long> issued = invoices.issue(new Invoices.IssueRequest(client.id(), Optional.empty(),
                    form.getLineIds(), manual, issuedOn.get()));
            if (issued.isValid()) {
                redirect.addFlashAttribute("done", "billing.done.issued");
                return "redirect:/billing/invoices/" + issued.get();
            }
            errors.addAll(issued.errors());
        }
        return issuePage(model, client, form, errors, locale);
    }

    private String issuePage(Model model, ClientSummary client, IssueForm form, List<FieldError> errors, Locale locale) {
        form.pad();
        model.addAttribute("form", form);
        model.addAttribute("client", client);
        model.addAttribute("lines", invoices.unbilledForClient(client.id()));
        model.addAttribute("registration", organizations.contractor(client.contractorId())
                .flatMap(Contractor::registrationNumber).orElse(null));
        model.addAttribute("rounding", invoices.rounding(client.contractorId()));
        putErrors(model, errors, locale);
        return "billing/issue";
    }

    @PostMapping("/billing/issue/job")
    String issueForJob(@RequestParam long jobId, @RequestParam(required = false) String issuedOn,
            RedirectAttributes redirect) {
        return issued(invoices.issueForJob(jobId, issueDate(issuedOn)), redirect);
    }

    @PostMapping("/billing/issue/month")
    String issueForMonth(@RequestParam long clientId, @RequestParam String month,
            @RequestParam(required = false) String issuedOn, RedirectAttributes redirect) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failed", "billing.error.date");
            return "redirect:/billing/unbilled";
        }
        return issued(invoices.issueForMonth(clientId, ym, issueDate(issuedOn)), redirect);
    }

    private LocalDate issueDate(String text) {
        try {
            return text == null || text.isBlank() ? clock.today() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return clock.today();
        }
    }

    private String issued(Checked<Long> issued, RedirectAttributes redirect) {
        if (issued.isValid()) {
            redirect.addFlashAttribute("done", "billing.done.issued");
            return "redirect:/billing/invoices/" + issued.get();
        }
        redirect.addFlashAttribute("failed", issued.errors().get(0).code());
        return "redirect:/billing/unbilled";
    }

    // --- one invoice ---

    private Invoice invoice(long id) {
        return invoices.find(id).orElseThrow(NotFound::new);
    }

    @GetMapping("/billing/invoices/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Invoice invoice = invoice(id);
        if (!model.containsAttribute("paymentForm")) {
            PaymentForm form = new PaymentForm();
            form.setReceivedOn(clock.today().toString());
            model.addAttribute("paymentForm", form);
        }
        return detail(model, invoice);
    }

    private String detail(Model model, Invoice invoice) {
        model.addAllAttributes(documents.model(invoice));
        model.addAttribute("receivable", invoices.receivable(invoice.id()).orElse(null));
        model.addAttribute("payments", invoices.payments(invoice.id()));
        model.addAttribute("pdfAvailable", documents.pdfAvailable());
        model.addAttribute("today", clock.today());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "billing/invoice";
    }

    @GetMapping("/billing/invoices/{id:\\d+}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return documents.pdfResponse(invoice(id), locale);
    }

    @GetMapping("/billing/invoices/{id:\\d+}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        Invoice invoice = invoice(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invoice-" + invoice.numberLabel() + ".xlsx").build().toString())
                .body(documents.xlsx(invoice, locale));
    }

    @PostMapping("/billing/invoices/{id:\\d+}/payments")
    String pay(@PathVariable long id, @ModelAttribute("paymentForm") PaymentForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Invoice invoice = invoice(id);
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> on = BillingForms.date(form.getReceivedOn(), "receivedOn", errors);
        Optional<Long> amount = BillingForms.yen(form.getAmount(), "amount", errors);
        if (errors.isEmpty()) {
            Checked<Long> paid = invoices.recordPayment(id, on.get(), amount.get(), form.getNote());
            if (paid.isValid()) {
                redirect.addFlashAttribute("done", "billing.done.payment");
                return "redirect:/billing/invoices/" + id;
            }
            errors.addAll(paid.errors());
        }
        putErrors(model, errors, locale);
        return detail(model, invoice);
    }

    // --- return invoice ---

    @GetMapping("/billing/invoices/{id:\\d+}/return")
    String returnForm(@PathVariable long id, Model model, Locale locale) {
        Invoice original = invoice(id);
        ReturnForm form = new ReturnForm();
        form.setIssuedOn(clock.today().toString());
        for (InvoiceLine l : original.lines()) {
            LineRow row = new LineRow(l.description(), "", Integer.toString(l.taxRate()), l.transactionDate().toString());
            row.setLineNo(l.lineNo());
            form.getLines().add(row);
        }
        return returnPage(model, original, form, List.of(), locale);
    }

    @PostMapping("/billing/invoices/{id:\\d+}/return")
    String issueReturn(@PathVariable long id, @ModelAttribute("form") ReturnForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Invoice original = invoice(id);
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> on = BillingForms.date(form.getIssuedOn(), "issuedOn", errors);
        List<Invoices.ReturnLine> lines = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            LineRow row = form.getLines().get(i);
            if (row.getAmount() == null || row.getAmount().isBlank() || row.getLineNo() == null) {
                continue;
            }
            BillingForms.yen(row.getAmount(), "lines[" + i + "].amount", errors)
                    .ifPresent(a -> lines.add(new Invoices.ReturnLine(row.getLineNo(), a)));
        }
        if (errors.isEmpty()) {
            Checked<Long> issued = invoices.issueReturn(id, lines, on.get());
            if (issued.isValid()) {
                redirect.addFlashAttribute("done", "billing.done.return");
                return "redirect:/billing/invoices/" + issued.get();
            }
            errors.addAll(issued.errors());
        }
        return returnPage(model, original, form, errors, locale);
    }

    private String returnPage(Model model, Invoice original, ReturnForm form, List<FieldError> errors, Locale locale) {
        model.addAttribute("invoice", original);
        model.addAttribute("form", form);
        putErrors(model, errors, locale);
        return "billing/return";
    }

    // --- cancel and reissue ---

    @GetMapping("/billing/invoices/{id:\\d+}/reissue")
    String reissueForm(@PathVariable long id, Model model, Locale locale) {
        Invoice old = invoice(id);
        ReissueForm form = new ReissueForm();
        form.setIssuedOn(clock.today().toString());
        for (InvoiceLine l : old.lines()) {
            form.getLines().add(new LineRow(l.description(), Long.toString(l.amount()), Integer.toString(l.taxRate()),
                    l.transactionDate().toString()));
        }
        form.getLines().add(new LineRow());
        return reissuePage(model, old, form, List.of(), locale);
    }

    @PostMapping("/billing/invoices/{id:\\d+}/reissue")
    String reissue(@PathVariable long id, @ModelAttribute("form") ReissueForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        Invoice old = invoice(id);
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> on = BillingForms.date(form.getIssuedOn(), "issuedOn", errors);
        List<Invoices.ManualLine> lines = BillingForms.lines(form.getLines(), "lines", on.orElse(clock.today()), errors);
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.add(new FieldError("reason", "billing.error.reasonRequired", List.of()));
        }
        if (errors.isEmpty()) {
            Checked<Long> issued = invoices.reissue(id, lines, on.get(), form.getReason());
            if (issued.isValid()) {
                redirect.addFlashAttribute("done", "billing.done.reissued");
                return "redirect:/billing/invoices/" + issued.get();
            }
            errors.addAll(issued.errors());
        }
        return reissuePage(model, old, form, errors, locale);
    }

    private String reissuePage(Model model, Invoice old, ReissueForm form, List<FieldError> errors, Locale locale) {
        model.addAttribute("invoice", old);
        model.addAttribute("form", form);
        putErrors(model, errors, locale);
        return "billing/reissue";
    }

    // --- settings ---

    record ContractorRounding(Contractor contractor, InvoiceTax.Rounding rounding) {
    }

    @GetMapping("/billing/settings")
    String settings(Model model) {
        model.addAttribute("contractors", organizations.contractors().stream()
                .map(c -> new ContractorRounding(c, invoices.rounding(c.id()))).toList());
        model.addAttribute("roundings", InvoiceTax.Rounding.values());
        return "billing/settings";
    }

    @PostMapping("/billing/settings")
    String saveSettings(@RequestParam long contractorId, @RequestParam String rounding, RedirectAttributes redirect) {
        organizations.contractor(contractorId).orElseThrow(NotFound::new);
        InvoiceTax.Rounding mode;
        try {
            mode = InvoiceTax.Rounding.valueOf(rounding);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("failed", "billing.error.rounding");
            return "redirect:/billing/settings";
        }
        invoices.setRounding(contractorId, mode);
        redirect.addFlashAttribute("done", "billing.done.settings");
        return "redirect:/billing/settings";
    }

    private List<ClientSummary> allClients() {
        return organizations.contractors().stream().flatMap(c -> clients.list(c.id()).stream()).toList();
    }

    /** Field problems as messages by field name ({@code ""} for the form as a whole) for the page. */
    private void putErrors(Model model, List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            String text = messages.getMessage(e.code(), e.argArray(), e.code(), locale);
            byField.merge(e.field() == null ? "" : e.field(), text, (a, b) -> a + " " + b);
        }
        model.addAttribute("errors", byField);
    }
}
