package jp.hataraku.workers.internal;

import java.time.LocalDate;

import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.internal.WorkerRepository.SearchCriteria;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's worker register: search, detail, lifecycle actions. */
@Controller
@RequestMapping("/workers")
class StaffWorkerController {

    private final WorkerQueries queries;
    private final WorkerService workers;
    private final TokyoClock clock;

    StaffWorkerController(WorkerQueries queries, WorkerService workers, TokyoClock clock) {
        this.queries = queries;
        this.workers = workers;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String municipalityId, @RequestParam(defaultValue = "") String workKind,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
        SearchCriteria criteria = new SearchCriteria(q.isBlank() ? null : q, Parse.oneOf(WorkerStatus.class, status),
                Parse.id(municipalityId), Parse.oneOf(WorkKind.class, workKind));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("municipalityId", municipalityId);
        model.addAttribute("workKind", workKind);
        model.addAttribute("result", queries.search(criteria, page, WorkerQueries.PAGE_SIZE));
        model.addAttribute("towns", queries.visibleTowns());
        model.addAttribute("townNames", queries.townNames());
        model.addAttribute("choices", Choices.INSTANCE);
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "workers/list :: results" : "workers/list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", queries.detail(id));
        model.addAttribute("townNames", queries.townNames());
        model.addAttribute("choices", Choices.INSTANCE);
        model.addAttribute("today", clock.today());
        return "workers/detail";
    }

    @PostMapping("/{id:\\d+}/brief")
    String brief(@PathVariable long id, @RequestParam(defaultValue = "") String date, RedirectAttributes flash) {
        return act(id, flash, () -> workers.markBriefed(id, dateOrToday(date)));
    }

    @PostMapping("/{id:\\d+}/pause")
    String pause(@PathVariable long id, @RequestParam(defaultValue = "") String date, RedirectAttributes flash) {
        return act(id, flash, () -> workers.pause(id, dateOrToday(date)));
    }

    @PostMapping("/{id:\\d+}/resume")
    String resume(@PathVariable long id, @RequestParam(defaultValue = "") String date, RedirectAttributes flash) {
        return act(id, flash, () -> workers.resume(id, dateOrToday(date)));
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        WithdrawalReason r = Parse.oneOf(WithdrawalReason.class, reason);
        if (r == null) {
            return failed(id, flash, "workers.error.choose");
        }
        if (r.requiresNote() && note.isBlank()) {
            return failed(id, flash, "workers.error.noteRequired");
        }
        return act(id, flash, () -> workers.withdraw(id, r, note, dateOrToday(date)));
    }

    @PostMapping("/{id:\\d+}/reregister")
    String reregister(@PathVariable long id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "APPLIED") String startAs, RedirectAttributes flash) {
        WorkerStatus start = Parse.oneOf(WorkerStatus.class, startAs);
        return act(id, flash, () -> workers.reregister(id, start == null ? WorkerStatus.APPLIED : start,
                dateOrToday(date)));
    }

    @GetMapping("/{id:\\d+}/profile")
    String profile(@PathVariable long id, Model model) {
        Worker w = queries.visibleWorker(id);
        return showProfile(model, w, ProfileForm.of(w), new FormErrors());
    }

    @PostMapping("/{id:\\d+}/profile")
    String saveProfile(@PathVariable long id, @ModelAttribute("form") ProfileForm form, Model model,
            RedirectAttributes flash) {
        Worker w = queries.visibleWorker(id);
        FormErrors errors = new FormErrors();
        var update = ProfileFormValidator.validate(form, errors);
        if (update.isEmpty()) {
            return showProfile(model, w, form, errors);
        }
        workers.updateProfile(id, update.get());
        flash.addFlashAttribute("done", true);
        return "redirect:/workers/" + id;
    }

    private String showProfile(Model model, Worker w, ProfileForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", Choices.INSTANCE);
        model.addAttribute("workerName", w.name());
        model.addAttribute("formAction", "/workers/" + w.id() + "/profile");
        return "workers/me/profile";
    }

    @PostMapping("/{id:\\d+}/duplicate-cleared")
    String clearDuplicate(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, () -> workers.clearDuplicateFlag(id));
    }

    private String act(long id, RedirectAttributes flash, Runnable change) {
        queries.visibleWorker(id);
        try {
            change.run();
            flash.addFlashAttribute("done", true);
        } catch (IllegalStateException e) {
            flash.addFlashAttribute("actionError", "workers.error.transition");
        } catch (BadDate e) {
            flash.addFlashAttribute("actionError", "workers.error.date");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("actionError", "workers.error.dateOrder");
        }
        return "redirect:/workers/" + id;
    }

    private String failed(long id, RedirectAttributes flash, String code) {
        queries.visibleWorker(id);
        flash.addFlashAttribute("actionError", code);
        return "redirect:/workers/" + id;
    }

    private LocalDate dateOrToday(String typed) {
        if (typed.isBlank()) {
            return clock.today();
        }
        LocalDate date = Parse.date(typed);
        if (date == null) {
            throw new BadDate();
        }
        return date;
    }

    private static final class BadDate extends IllegalArgumentException {
    }
}
