package jp.hataraku.clients.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.LeadSource;
import jp.hataraku.clients.internal.Forms.ActivityForm;
import jp.hataraku.clients.internal.Forms.ClientForm;
import jp.hataraku.clients.internal.Forms.LeadForm;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sales team's leads: list, record, follow up (stage, log), convert into a client. */
@Controller
@RequestMapping("/leads")
class LeadController {

    private final ClientService service;
    private final LeadRepository leads;
    private final ClientRepository clients;
    private final Organizations organizations;
    private final Workers workers;
    private final ClientAccess access;
    private final TokyoClock clock;

    LeadController(ClientService service, LeadRepository leads, ClientRepository clients, Organizations organizations,
            Workers workers, ClientAccess access, TokyoClock clock) {
        this.service = service;
        this.leads = leads;
        this.clients = clients;
        this.organizations = organizations;
        this.workers = workers;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<Lead> all = leads.all();
        model.addAttribute("leads", all);
        model.addAttribute("owners", ownerNames(all));
        return "clients/leads";
    }

    @GetMapping("/new")
    String newLead(Model model) {
        LeadForm form = new LeadForm();
        form.setReceivedOn(clock.today().toString());
        List<Contractor> contractors = organizations.contractors();
        if (contractors.size() == 1) {
            form.setContractorId(String.valueOf(contractors.get(0).id()));
        }
        return leadForm(model, form);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") LeadForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Optional<Contractor> contractor = contractor(form.getContractorId());
        Checked<ClientInput.LeadInput> checked = ClientInput.lead(form.getCompanyName(), form.getCompanyKana(),
                form.getSource(), form.getOwnerWorkerId(), form.getNote(), form.getReceivedOn(), clock.today());
        Checked<Long> created = checked.isValid() && contractor.isPresent()
                ? service.createLead(contractor.get().id(), checked.get()) : null;
        if (created == null || !created.isValid()) {
            Forms.reject(binding, created == null ? checked.errors() : created.errors());
            if (contractor.isEmpty()) {
                binding.rejectValue("contractorId", "clients.error.choose", "clients.error.choose");
            }
            return leadForm(model, form);
        }
        redirect.addFlashAttribute("done", "clients.saved.lead");
        return "redirect:/leads/" + created.get();
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(lead(id), model);
    }

    @PostMapping("/{id:\\d+}/stage")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String stage, RedirectAttributes redirect) {
        lead(id);
        LeadStage target = null;
        for (LeadStage s : LeadStage.values()) {
            if (s.name().equals(stage)) {
                target = s;
            }
        }
        if (target != null && service.moveLead(id, target)) {
            redirect.addFlashAttribute("done", "clients.saved.stage");
        } else {
            redirect.addFlashAttribute("actionError", "clients.error.transition");
        }
        return "redirect:/leads/" + id;
    }

    @PostMapping("/{id:\\d+}/activities")
    String logActivity(@PathVariable long id, @ModelAttribute("activityForm") ActivityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Lead lead = lead(id);
        Checked<ClientInput.ActivityInput> checked = ClientInput.activity(form.getActivityDate(), form.getKind(),
                form.getNote(), clock.today());
        if (!checked.isValid()) {
            Forms.reject(binding, checked.errors());
            return detailPage(lead, model);
        }
        service.logLeadActivity(lead, checked.get(), access.user());
        redirect.addFlashAttribute("done", "clients.saved.activity");
        return "redirect:/leads/" + id + "#activities";
    }

    @GetMapping("/{id:\\d+}/convert")
    String convertForm(@PathVariable long id, Model model) {
        Lead lead = lead(id);
        return convertPage(model, lead, ClientForm.ofLead(lead));
    }

    @PostMapping("/{id:\\d+}/convert")
    String convert(@PathVariable long id, @ModelAttribute("form") ClientForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Lead lead = lead(id);
        Checked<ClientDetails> checked = form.check();
        Checked<Long> converted = checked.isValid() ? service.convertLead(id, checked.get()) : null;
        if (converted == null || !converted.isValid()) {
            Forms.reject(binding, converted == null ? checked.errors() : converted.errors());
            return convertPage(model, lead, form);
        }
        redirect.addFlashAttribute("done", "clients.saved.converted");
        return "redirect:/clients/" + converted.get();
    }

    private Lead lead(long id) {
        return leads.find(id).orElseThrow(ClientService.NotFound::new);
    }

    private String detailPage(Lead lead, Model model) {
        model.addAttribute("lead", lead);
        model.addAttribute("owner", lead.ownerWorkerId().flatMap(workers::find).map(WorkerSummary::name).orElse(null));
        model.addAttribute("client", lead.clientId().flatMap(clients::find).orElse(null));
        model.addAttribute("activities", clients.activitiesOfLead(lead.id()));
        model.addAttribute("nextStages", lead.stage().manualNext());
        model.addAttribute("activityKinds", ActivityKind.values());
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", new ActivityForm());
        }
        return "clients/lead";
    }

    private String leadForm(Model model, LeadForm form) {
        model.addAttribute("form", form);
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("contractors", organizations.contractors());
        return "clients/lead-form";
    }

    private String convertPage(Model model, Lead lead, ClientForm form) {
        model.addAttribute("form", form);
        model.addAttribute("lead", lead);
        model.addAttribute("types", ClientType.values());
        return "clients/convert";
    }

    private Optional<Contractor> contractor(String typed) {
        if (typed == null || !typed.strip().matches("[0-9]{1,15}")) {
            return Optional.empty();
        }
        return organizations.contractor(Long.parseLong(typed.strip()));
    }

    private Map<Long, String> ownerNames(List<Lead> all) {
        Map<Long, String> names = new HashMap<>();
        all.forEach(l -> l.ownerWorkerId().ifPresent(w -> names.computeIfAbsent(w,
                k -> workers.find(k).map(WorkerSummary::name).orElse("#" + k))));
        return names;
    }
}
