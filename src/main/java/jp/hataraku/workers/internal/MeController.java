package jp.hataraku.workers.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.workers.Workers;
import jp.hataraku.workers.internal.WorkerRepository.ProfileUpdate;
import jp.hataraku.workers.internal.WorkerRepository.RequestKind;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's own pages: status, NDA and terms, profile, requests. */
@Controller
@RequestMapping("/me")
class MeController {

    private final Accounts accounts;
    private final WorkerService workers;
    private final WorkerRepository repository;
    private final MessageSource messages;

    MeController(Accounts accounts, WorkerService workers, WorkerRepository repository, MessageSource messages) {
        this.accounts = accounts;
        this.workers = workers;
        this.repository = repository;
        this.messages = messages;
    }

    @GetMapping
    String me(Model model) {
        Worker w = workers.load(workerId());
        model.addAttribute("w", w);
        model.addAttribute("requests", repository.openRequests(w.id()));
        model.addAttribute("terms", terms(Workers.CURRENT_TERMS_VERSION));
        model.addAttribute("choices", Choices.INSTANCE);
        return "workers/me/index";
    }

    @PostMapping("/terms")
    String accept(@RequestParam String version, RedirectAttributes flash) {
        if (!Workers.CURRENT_TERMS_VERSION.equals(version)) {
            return "redirect:/me";
        }
        try {
            workers.acceptTerms(workerId(), version);
            flash.addFlashAttribute("accepted", true);
        } catch (IllegalStateException | IllegalArgumentException e) {
            flash.addFlashAttribute("actionError", "workers.error.transition");
        }
        return "redirect:/me";
    }

    @PostMapping("/requests")
    String request(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        RequestKind k = Parse.oneOf(RequestKind.class, kind);
        if (k == null) {
            flash.addFlashAttribute("actionError", "workers.error.choose");
        } else {
            workers.request(workerId(), k, note);
            flash.addFlashAttribute("requested", true);
        }
        return "redirect:/me";
    }

    @GetMapping("/profile")
    String profile(Model model) {
        return showProfile(model, ProfileForm.of(workers.load(workerId())), new FormErrors());
    }

    @PostMapping("/profile")
    String saveProfile(@ModelAttribute("form") ProfileForm form, Model model, RedirectAttributes flash) {
        FormErrors errors = new FormErrors();
        Optional<ProfileUpdate> update = ProfileFormValidator.validate(form, errors);
        if (update.isEmpty()) {
            return showProfile(model, form, errors);
        }
        workers.updateProfile(workerId(), update.get());
        flash.addFlashAttribute("saved", true);
        return "redirect:/me";
    }

    private String showProfile(Model model, ProfileForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", Choices.INSTANCE);
        model.addAttribute("formAction", "/me/profile");
        return "workers/me/profile";
    }

    private long workerId() {
        return accounts.current().flatMap(CurrentUser::workerId).orElseThrow(WorkerAccess.NotVisible::new);
    }

    /** The message keys of the NDA and terms clauses of a version. */
    private TermsText terms(String version) {
        String prefix = "workers.terms." + version + ".";
        return new TermsText(version, keys(prefix + "nda"), keys(prefix + "terms"));
    }

    private List<String> keys(String prefix) {
        int count = Integer.parseInt(messages.getMessage(prefix + ".count", null, "0", Locale.JAPANESE));
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "." + i).toList();
    }

    @ExceptionHandler(WorkerAccess.NotVisible.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
