package jp.hataraku.organization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's pages for towns and contractors. Thin: read the form, ask, render. */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

    static final List<String> PREFECTURE_CODES = IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("%02d", i))
            .toList();

    private final Organizations organizations;
    private final OrganizationRepository repository;

    OrganizationAdminController(Organizations organizations, OrganizationRepository repository) {
        this.organizations = organizations;
        this.repository = repository;
    }

    /** One row of the contractors table. */
    record ContractorRow(Contractor contractor, List<Municipality> towns, boolean hasBankAccount) {
    }

    @GetMapping
    String list(Model model) {
        // A fixed number of queries however many towns and contractors there are.
        List<Municipality> towns = organizations.municipalities();
        List<Contractor> contractors = organizations.contractors();
        Set<OrganizationRepository.ServiceLink> links = Set.copyOf(repository.serviceLinks());
        Set<Long> withBanking = repository.contractorsWithBanking();
        Map<Long, List<Contractor>> servedBy = new LinkedHashMap<>();
        towns.forEach(t -> servedBy.put(t.id(), contractors.stream()
                .filter(c -> links.contains(new OrganizationRepository.ServiceLink(c.id(), t.id()))).toList()));
        model.addAttribute("municipalities", towns);
        model.addAttribute("servingContractors", servedBy);
        model.addAttribute("populationDates", repository.populationDates());
        model.addAttribute("contractors", contractors.stream()
                .map(c -> new ContractorRow(c, towns.stream()
                        .filter(t -> links.contains(new OrganizationRepository.ServiceLink(c.id(), t.id()))).toList(),
                        withBanking.contains(c.id())))
                .toList());
        return "organization/list";
    }

    @GetMapping("/municipalities/new")
    String newMunicipality(Model model) {
        return municipalityForm(model, new MunicipalityForm(), null);
    }

    @PostMapping("/municipalities/new")
    String createMunicipality(@ModelAttribute("form") MunicipalityForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Checked<Long> created = organizations.createMunicipality(form.toDetails());
        if (!created.isValid()) {
            reject(binding, created.errors());
            return municipalityForm(model, form, null);
        }
        redirect.addFlashAttribute("saved", "organization.saved.municipality");
        return "redirect:/admin/organizations";
    }

    @GetMapping("/municipalities/{id}/edit")
    String editMunicipality(@PathVariable long id, Model model) {
        MunicipalityForm form = MunicipalityForm.of(organizations.municipalityDetails(id).orElseThrow(this::notFound));
        return municipalityForm(model, form, id);
    }

    @PostMapping("/municipalities/{id}/edit")
    String updateMunicipality(@PathVariable long id, @ModelAttribute("form") MunicipalityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        organizations.municipality(id).orElseThrow(this::notFound);
        Checked<Long> updated = organizations.updateMunicipality(id, form.version(), form.toDetails());
        if (!updated.isValid()) {
            reject(binding, updated.errors());
            return municipalityForm(model, form, id);
        }
        redirect.addFlashAttribute("saved", "organization.saved.municipality");
        return "redirect:/admin/organizations";
    }

    /** A dated minimum wage entry for the town, typed on its edit page. */
    @PostMapping("/municipalities/{id}/minimum-wage")
    String recordMinimumWage(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String yenPerHour,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String validFrom,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String source, Model model,
            RedirectAttributes redirect) {
        organizations.municipality(id).orElseThrow(this::notFound);
        Checked<Long> recorded = organizations.recordMinimumWage(id, yenPerHour, validFrom, source);
        if (!recorded.isValid()) {
            MunicipalityForm form = MunicipalityForm.of(organizations.municipalityDetails(id).orElseThrow(this::notFound));
            model.addAttribute("wageErrors", recorded.errors().stream()
                    .collect(java.util.stream.Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a)));
            model.addAttribute("wage", java.util.Map.of("yenPerHour", yenPerHour, "validFrom", validFrom, "source", source));
            return municipalityForm(model, form, id);
        }
        redirect.addFlashAttribute("saved", "organization.saved.minimumWage");
        return "redirect:/admin/organizations/municipalities/" + id + "/edit";
    }

    @GetMapping("/contractors/new")
    String newContractor(Model model) {
        return contractorForm(model, new ContractorForm(), null);
    }

    @PostMapping("/contractors/new")
    String createContractor(@ModelAttribute("form") ContractorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Checked<Long> created = organizations.createContractor(form.toDetails());
        if (!created.isValid()) {
            reject(binding, created.errors());
            return contractorForm(model, form, null);
        }
        redirect.addFlashAttribute("saved", "organization.saved.contractor");
        return "redirect:/admin/organizations";
    }

    @GetMapping("/contractors/{id}/edit")
    String editContractor(@PathVariable long id, Model model) {
        ContractorForm form = ContractorForm.of(organizations.contractorDetails(id).orElseThrow(this::notFound));
        return contractorForm(model, form, id);
    }

    @PostMapping("/contractors/{id}/edit")
    String updateContractor(@PathVariable long id, @ModelAttribute("form") ContractorForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        organizations.contractor(id).orElseThrow(this::notFound);
        Checked<Long> updated = organizations.updateContractor(id, form.version(), form.toDetails());
        if (!updated.isValid()) {
            reject(binding, updated.errors());
            return contractorForm(model, form, id);
        }
        redirect.addFlashAttribute("saved", "organization.saved.contractor");
        return "redirect:/admin/organizations";
    }

    private String municipalityForm(Model model, MunicipalityForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("prefectureCodes", PREFECTURE_CODES);
        model.addAttribute("minimumWages", id == null ? List.of() : organizations.minimumWages(id));
        if (!model.containsAttribute("wageErrors")) {
            model.addAttribute("wageErrors", java.util.Map.of());
            model.addAttribute("wage", java.util.Map.of("yenPerHour", "", "validFrom", "", "source", ""));
        }
        return "organization/municipality-form";
    }

    private String contractorForm(Model model, ContractorForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("municipalities", organizations.municipalities());
        model.addAttribute("accountTypes", BankAccount.AccountType.values());
        return "organization/contractor-form";
    }

    private static void reject(BindingResult binding, List<FieldError> errors) {
        for (FieldError e : errors) {
            if (e.field() == null) {
                binding.reject(e.code(), e.argArray(), e.code());
            } else {
                binding.rejectValue(e.field(), e.code(), e.argArray(), e.code());
            }
        }
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
