package jp.hataraku.workers.internal;

import java.util.Locale;
import java.util.Map;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.workers.internal.bank.BankAccountForm;
import jp.hataraku.workers.internal.bank.BankAccountStore;
import jp.hataraku.workers.internal.bank.WorkerBankAccount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's own payout account: shown masked, replaced through a validated form. */
@Controller
@RequestMapping("/me/bank")
class MeBankController {

    private final Accounts accounts;
    private final WorkerService workers;
    private final BankAccountStore store;
    private final MessageSource messages;

    MeBankController(Accounts accounts, WorkerService workers, BankAccountStore store, MessageSource messages) {
        this.accounts = accounts;
        this.workers = workers;
        this.store = store;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        long workerId = workerId();
        WorkerBankAccount current = store.read(workerId, "self-service").orElse(null);
        model.addAttribute("current", current);
        model.addAttribute("form", new BankAccountForm("", "", "1", "", ""));
        model.addAttribute("errors", Map.of());
        return "workers/data/me-bank";
    }

    @PostMapping
    String save(@ModelAttribute BankAccountForm form, Model model, Locale locale, RedirectAttributes flash) {
        long workerId = workerId();
        BankAccountStore.Validated validated = store.validate(form);
        if (!validated.ok()) {
            model.addAttribute("current", store.read(workerId, "self-service").orElse(null));
            model.addAttribute("form", form);
            model.addAttribute("errors", BankAccountPages.messages(validated, messages, locale));
            return "workers/data/me-bank";
        }
        Worker w = workers.load(workerId);
        store.save(workerId, w.municipalityId(), validated.account().orElseThrow());
        flash.addFlashAttribute("saved", true);
        return "redirect:/me/bank";
    }

    private long workerId() {
        return accounts.current().flatMap(CurrentUser::workerId)
                .orElseThrow(() -> new WorkerAccess.NotVisible());
    }
}
