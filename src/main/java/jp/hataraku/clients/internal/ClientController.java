package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.internal.Forms.ActivityForm;
import jp.hataraku.clients.internal.Forms.ClientForm;
import jp.hataraku.clients.internal.Forms.ContactForm;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's client pages: list, create, edit, detail with contacts and sales log, renewals. */
@Controller
@RequestMapping("/clients")
class ClientController {

    /** Agreements ending within this many days are listed for renewal. */
    static final int RENEWAL_WINDOW_DAYS = 60;

    private final ClientService service;
    private final ClientRepository clients;
    private final LeadRepository leads;
    private final AgreementRepository agreements;
    private final QuoteRepository quotes;
    private final ClientAccess access;
    private final Organizations organizations;
    private final TokyoClock clock;

    ClientController(ClientService service, ClientRepository clients, LeadRepository leads,
            AgreementRepository agreements, QuoteRepository quotes, ClientAccess access, Organizations organizations,
            TokyoClock clock) {
        this.service = service;
        this.clients = clients;
        this.leads = leads;
        this.agreements = agreements;
        this.quotes = quotes;
        this.access = access;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("clients", clients.all());
        model.addAttribute("contractorNames", contractorNames());
        return "clients/list";
    }

    @GetMapping("/new")
    String newClient(Model model) {
        ClientForm form = new ClientForm();
        List<Contractor> contractors = organizations.contractors();
        if (contractors.size() == 1) {
            form.setContractorId(String.valueOf(contractors.get(0).id()));
        }
        return clientForm(model, form, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ClientForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Optional<Contractor> contractor = contractor(form.getContractorId());
        Checked<ClientDetails> checked = form.check();
        if (!checked.isValid() || contractor.isEmpty()) {
            Forms.reject(binding, checked.errors());
            if (contractor.isEmpty()) {
                binding.rejectValue("contractorId", "clients.error.choose", "clients.error.choose");
            }
            return clientForm(model, form, null);
        }
        long id = service.createClient(contractor.get().id(), checked.get()).get();
        redirect.addFlashAttribute("done", "clients.saved.client");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(access.visible(id), model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        return clientForm(model, ClientForm.of(access.visible(id)), id);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ClientForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ClientRecord client = access.visible(id);
        Checked<ClientDetails> checked = form.check();
        if (!checked.isValid()) {
            Forms.reject(binding, checked.errors());
            form.setContractorId(String.valueOf(client.contractorId()));
            return clientForm(model, form, id);
        }
        service.updateClient(client, checked.get());
        redirect.addFlashAttribute("done", "clients.saved.client");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/{id:\\d+}/contacts/new")
    String newContact(@PathVariable long id, Model model) {
        return contactForm(model, access.visible(id), new ContactForm());
    }

    @PostMapping("/{id:\\d+}/contacts/new")
    String addContact(@PathVariable long id, @ModelAttribute("form") ContactForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ClientRecord client = access.visible(id);
        Checked<ContactDetails> checked = form.check();
        if (!checked.isValid()) {
            Forms.reject(binding, checked.errors());
            return contactForm(model, client, form);
        }
        service.addContact(client, checked.get());
        redirect.addFlashAttribute("done", "clients.saved.contact");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/{id:\\d+}/contacts/{contactId:\\d+}/portal-account")
    String openPortalAccount(@PathVariable long id, @PathVariable long contactId, Locale locale,
            RedirectAttributes redirect) {
        ClientRecord client = access.visible(id);
        Contact contact = clients.contacts(id).stream().filter(c -> c.id() == contactId).findFirst()
                .orElseThrow(ClientService.NotFound::new);
        ClientService.PortalAccountOutcome outcome = service.openPortalAccount(client, contact, locale);
        if (outcome == ClientService.PortalAccountOutcome.CREATED) {
            redirect.addFlashAttribute("done", "clients.portal.account.created");
        } else {
            redirect.addFlashAttribute("actionError", "clients.portal.account." + outcome.name());
        }
        return "redirect:/clients/" + id;
    }

    @PostMapping("/{id:\\d+}/activities")
    String logActivity(@PathVariable long id, @ModelAttribute("activityForm") ActivityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ClientRecord client = access.visible(id);
        Checked<ClientInput.ActivityInput> checked = ClientInput.activity(form.getActivityDate(), form.getKind(),
                form.getNote(), clock.today());
        if (!checked.isValid()) {
            Forms.reject(binding, checked.errors());
            return detailPage(client, model);
        }
        service.logClientActivity(client, checked.get(), access.user());
        redirect.addFlashAttribute("done", "clients.saved.activity");
        return "redirect:/clients/" + id + "#activities";
    }

    /** Signed agreements ending within {@value #RENEWAL_WINDOW_DAYS} days, soonest first. */
    @GetMapping("/renewals")
    String renewals(Model model) {
        LocalDate today = clock.today();
        List<Agreement> ending = agreements.signedEndingBetween(today, today.plusDays(RENEWAL_WINDOW_DAYS));
        Map<Long, ClientRecord> byId = clients.all().stream()
                .collect(Collectors.toMap(ClientRecord::id, Function.identity()));
        model.addAttribute("ending", ending);
        model.addAttribute("clientsById", byId);
        model.addAttribute("today", today);
        model.addAttribute("windowDays", RENEWAL_WINDOW_DAYS);
        return "clients/renewals";
    }

    private String detailPage(ClientRecord client, Model model) {
        LocalDate today = clock.today();
        model.addAttribute("client", client);
        model.addAttribute("contractor", organizations.contractor(client.contractorId()).orElse(null));
        model.addAttribute("contacts", clients.contacts(client.id()));
        model.addAttribute("agreements", agreements.ofClient(client.id()));
        model.addAttribute("inForce", service.agreementsOn(client.id(), today));
        model.addAttribute("quotes", quotes.ofClient(client.id()));
        model.addAttribute("activities", clients.activitiesOfClient(client.id()));
        model.addAttribute("lead", leads.ofClient(client.id()).orElse(null));
        model.addAttribute("today", today);
        model.addAttribute("activityKinds", ActivityKind.values());
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", new ActivityForm());
        }
        return "clients/detail";
    }

    private String clientForm(Model model, ClientForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("types", ClientType.values());
        model.addAttribute("contractors", organizations.contractors());
        return "clients/client-form";
    }

    private String contactForm(Model model, ClientRecord client, ContactForm form) {
        model.addAttribute("form", form);
        model.addAttribute("client", client);
        return "clients/contact-form";
    }

    private Optional<Contractor> contractor(String typed) {
        if (typed == null || !typed.strip().matches("[0-9]{1,15}")) {
            return Optional.empty();
        }
        return organizations.contractor(Long.parseLong(typed.strip()));
    }

    private Map<Long, String> contractorNames() {
        return organizations.contractors().stream().collect(Collectors.toMap(Contractor::id, Contractor::legalName));
    }

}
