package jp.hataraku.payouts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.hataraku.identity.Audit;
import jp.hataraku.organization.Contractor;
import jp.hataraku.workers.WorkKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contractor's payout settings: payment day (1..29, explained on the page), consumption tax for
 * unregistered workers, objection days of the notice, and the withholding flag per work kind. Each
 * change is audited.
 */
@Controller
class SettingsController {

    private final PayoutAccess access;
    private final PayoutSettingsRepository repository;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    SettingsController(PayoutAccess access, PayoutSettingsRepository repository, Audit audit,
            ApplicationEventPublisher events) {
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    @GetMapping("/payouts/settings")
    String show(@RequestParam(required = false) Long contractor, Model model) {
        Contractor c = access.contractor(contractor).orElseThrow(PayoutAccess.NotFound::new);
        PayoutSettings s = repository.find(c.id());
        if (!model.containsAttribute("paymentDay")) {
            model.addAttribute("paymentDay", String.valueOf(s.paymentDay()));
            model.addAttribute("objectionDays", String.valueOf(s.objectionDays()));
        }
        model.addAttribute("contractor", c);
        model.addAttribute("contractors", access.contractors());
        model.addAttribute("settings", s);
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("latestDay", PayoutSettings.LATEST_PAYMENT_DAY);
        return "payouts/settings";
    }

    @PostMapping("/payouts/settings")
    @Transactional
    String save(@RequestParam long contractor, @RequestParam String paymentDay, @RequestParam String unregisteredTax,
            @RequestParam String objectionDays, @RequestParam(required = false) Set<WorkKind> withholding,
            Model model, RedirectAttributes flash) {
        Contractor c = access.find(contractor).orElseThrow(PayoutAccess.NotFound::new);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer day = number(paymentDay);
        if (day == null || day < 1) {
            errors.put("paymentDay", "payouts.settings.paymentDay.invalid");
        } else if (day > PayoutSettings.LATEST_PAYMENT_DAY) {
            errors.put("paymentDay", "payouts.settings.paymentDay.tooLate");
        }
        Integer objection = number(objectionDays);
        if (objection == null || objection < 1 || objection > 60) {
            errors.put("objectionDays", "payouts.settings.objectionDays.invalid");
        }
        PayoutSettings.UnregisteredTax tax;
        try {
            tax = PayoutSettings.UnregisteredTax.valueOf(unregisteredTax);
        } catch (IllegalArgumentException e) {
            tax = null;
            errors.put("unregisteredTax", "payouts.settings.tax.invalid");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("paymentDay", paymentDay);
            model.addAttribute("objectionDays", objectionDays);
            return show(contractor, model);
        }
        PayoutSettings before = repository.find(c.id());
        repository.save(c.id(), day, tax, objection);
        Set<WorkKind> subject = withholding == null ? Set.of() : withholding;
        Map<String, Boolean> changedKinds = new LinkedHashMap<>();
        for (WorkKind k : WorkKind.values()) {
            boolean now = subject.contains(k);
            if (now != before.subjectToWithholding(k)) {
                changedKinds.put(k.name(), now);
            }
            repository.saveWithholding(c.id(), k, now);
        }
        Map<String, Object> beforeMap = new LinkedHashMap<>();
        beforeMap.put("paymentDay", before.paymentDay());
        beforeMap.put("unregisteredTax", before.unregisteredTax().name());
        beforeMap.put("objectionDays", before.objectionDays());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("paymentDay", day);
        after.put("unregisteredTax", tax.name());
        after.put("objectionDays", objection);
        after.put("withholdingChanged", changedKinds);
        audit.change("payouts.settings", "contractor", c.id(), beforeMap, after);
        if (day != before.paymentDay()) {
            // the written terms state the payment day: they are issued again (after commit)
            events.publishEvent(new PaymentDayChanged(c.id(), before.paymentDay(), day));
        }
        flash.addFlashAttribute("done", "payouts.settings.saved");
        return "redirect:/payouts/settings?contractor=" + c.id();
    }

    private static Integer number(String s) {
        if (s == null || !s.strip().matches("\\d{1,3}")) {
            return null;
        }
        return Integer.parseInt(s.strip());
    }
}
