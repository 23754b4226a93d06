package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.identity.Audit;
import jp.hataraku.organization.Contractor;
import jp.hataraku.payouts.TransitionalCredit;
import jp.hataraku.shared.Yen;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /payouts/credit}: the transitional credit schedule for purchases from unregistered workers
 * with each step's source (RULES-JP §3: the figure depends on a tax reform's enactment, so it is
 * data an administrator corrects, never a constant), and per confirmed period of a contractor the
 * consumption tax paid to unregistered workers with the share the contractor may still credit.
 */
@Controller
class TransitionalCreditController {

    private final PayoutAccess access;
    private final TransitionalCreditRepository repository;
    private final Audit audit;

    TransitionalCreditController(PayoutAccess access, TransitionalCreditRepository repository, Audit audit) {
        this.access = access;
        this.repository = repository;
        this.audit = audit;
    }

    /** A period's figures with the step in force on its payment date. */
    record PeriodCredit(TransitionalCreditRepository.UnregisteredTax period, Optional<TransitionalCredit.Step> step,
            Optional<Yen> creditable) {
    }

    @GetMapping("/payouts/credit")
    String show(@RequestParam(required = false) Long contractor, Model model) {
        Optional<Contractor> chosen = access.contractor(contractor);
        TransitionalCredit schedule = repository.schedule();
        model.addAttribute("contractors", access.contractors());
        model.addAttribute("contractor", chosen.orElse(null));
        model.addAttribute("steps", schedule.steps());
        model.addAttribute("periods", chosen.map(c -> repository.unregisteredTax(c.id()).stream()
                .map(p -> new PeriodCredit(p, schedule.on(p.paymentDate()),
                        schedule.creditable(Yen.of(p.tax()), p.paymentDate())))
                .toList()).orElse(List.of()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("validFrom", "", "percent", "", "source", ""));
        }
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "payouts/credit";
    }

    @PostMapping("/payouts/credit")
    @Transactional
    String record(@RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String percent,
            @RequestParam(defaultValue = "") String source, @RequestParam(required = false) Long contractor,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = null;
        try {
            from = LocalDate.parse(validFrom.strip());
        } catch (DateTimeParseException e) {
            errors.put("validFrom", "payouts.credit.validFrom.invalid");
        }
        Integer pct = null;
        if (percent.strip().matches("[0-9]{1,3}") && Integer.parseInt(percent.strip()) <= 100) {
            pct = Integer.parseInt(percent.strip());
        } else {
            errors.put("percent", "payouts.credit.percent.invalid");
        }
        if (source.isBlank()) {
            errors.put("source", "payouts.credit.source.required");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", Map.of("validFrom", validFrom, "percent", percent, "source", source));
            return show(contractor, model);
        }
        TransitionalCredit.Step step = new TransitionalCredit.Step(from, pct, source.strip());
        Optional<TransitionalCredit.Step> before = repository.step(from);
        repository.save(step, access.accountId());
        audit.change("payouts.credit.step", "TRANSITIONAL_CREDIT", from, before.orElse(null), step);
        redirect.addFlashAttribute("done", "payouts.credit.saved");
        return "redirect:/payouts/credit" + (contractor == null ? "" : "?contractor=" + contractor);
    }
}
