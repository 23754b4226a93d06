package jp.hataraku.workers.internal;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.workers.internal.bank.BankAccountStore;
import jp.hataraku.workers.internal.mynumber.MyNumber;
import jp.hataraku.workers.internal.mynumber.MyNumberCipher;
import jp.hataraku.workers.internal.mynumber.MyNumberVault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's view of a worker's bank account and My Number (RULES-JP §6): contractor staff and
 * administrators only, every read audited by the stores. The number is never logged nor put in a redirect.
 */
@Controller
@RequestMapping("/workers/{id}")
class StaffPrivateDataController {

    static final String REVEAL_PURPOSE = "payment-record";

    private final Accounts accounts;
    private final WorkerQueries queries;
    private final BankAccountStore bankAccounts;
    private final MyNumberVault vault;

    StaffPrivateDataController(Accounts accounts, WorkerQueries queries, BankAccountStore bankAccounts,
            MyNumberVault vault) {
        this.accounts = accounts;
        this.queries = queries;
        this.bankAccounts = bankAccounts;
        this.vault = vault;
    }

    @GetMapping("/bank")
    String bank(@PathVariable long id, Model model) {
        Worker w = backOfficeWorker(id);
        model.addAttribute("w", w);
        model.addAttribute("account", bankAccounts.read(id, "back-office").orElse(null));
        return "workers/data/bank";
    }

    @GetMapping("/my-number")
    String myNumber(@PathVariable long id, Model model) {
        Worker w = backOfficeWorker(id);
        return myNumberPage(w, model, null, null, "");
    }

    @PostMapping("/my-number/reveal")
    String reveal(@PathVariable long id, Model model) {
        Worker w = backOfficeWorker(id);
        if (!vault.enabled()) {
            return myNumberPage(w, model, null, null, "");
        }
        try {
            MyNumber number = vault.read(id, REVEAL_PURPOSE).orElse(null);
            return myNumberPage(w, model, number == null ? null : number.digits(), null, "");
        } catch (MyNumberCipher.SealBroken e) {
            return myNumberPage(w, model, null, "workerdata.mynumber.unreadable", "");
        }
    }

    @PostMapping("/my-number")
    String store(@PathVariable long id, @RequestParam(defaultValue = "") String number, Model model,
            RedirectAttributes flash) {
        Worker w = backOfficeWorker(id);
        if (!vault.enabled()) {
            return myNumberPage(w, model, null, null, "");
        }
        var parsed = MyNumber.parse(number);
        if (parsed.isEmpty()) {
            // The typed value is not shown again: a wrong digit is retyped, never echoed into the page.
            return myNumberPage(w, model, null, "workerdata.mynumber.invalid", "");
        }
        vault.store(id, w.municipalityId(), parsed.get());
        flash.addFlashAttribute("saved", true);
        return "redirect:/workers/" + id + "/my-number";
    }

    private String myNumberPage(Worker w, Model model, String revealed, String error, String typed) {
        model.addAttribute("w", w);
        model.addAttribute("enabled", vault.enabled());
        model.addAttribute("stored", vault.isStored(w.id()));
        model.addAttribute("revealed", revealed);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        return "workers/data/my-number";
    }

    /** The route rules admit only the back office; checked here again, then the town visibility. */
    private Worker backOfficeWorker(long id) {
        CurrentUser user = accounts.current().orElseThrow(WorkerAccess.NotVisible::new);
        if (!user.has(Role.CONTRACTOR_STAFF) && !user.has(Role.SYSTEM_ADMIN)) {
            throw new WorkerAccess.NotVisible();
        }
        return queries.visibleWorker(id);
    }
}
