package jp.hataraku.jobs.internal.work;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.SubmitOutcome;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.internal.WorkSites;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.TokyoClock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page: the form built from the job's template beside what to work from, the draft
 * saved as the worker types, the lease kept alive while the page is open, and an idempotent
 * submit. Everything also works as plain form posts without JavaScript.
 */
@Controller
class TaskPageController {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Tasks tasks;
    private final CurrentWorker worker;
    private final TokyoClock clock;
    private final AssignedWork assigned;

    TaskPageController(Tasks tasks, CurrentWorker worker, TokyoClock clock, AssignedWork assigned) {
        this.tasks = tasks;
        this.worker = worker;
        this.clock = clock;
        this.assigned = assigned;
    }

    @GetMapping("/tasks/{taskId:\\d+}")
    String page(@PathVariable("taskId") long id, Model model) {
        long workerId = worker.id();
        TaskView view = tasks.view(workerId, id);
        return render(model, workerId, view, view.draft(), List.of(), null);
    }

    /** Saves the draft: fetch and sendBeacon get JSON, a plain form post goes back to the page. */
    @PostMapping("/tasks/{taskId:\\d+}/draft")
    Object saveDraft(@PathVariable("taskId") long id, HttpServletRequest request, RedirectAttributes flash) {
        Map<String, String> values = TaskForm.read(request.getParameterMap());
        // fetch asks for JSON; sendBeacon (page closing) cannot and reads no answer
        boolean script = wantsJson(request) || request.getParameter("beacon") != null;
        int revision;
        try {
            revision = tasks.saveDraft(worker.id(), id, values);
        } catch (RuntimeException e) {
            if (!LeaseProblems.isLeaseProblem(e)) {
                throw e;
            }
            if (script) {
                return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("saved", false));
            }
            flash.addFlashAttribute("notice", "work.lease.lost");
            return "redirect:/tasks/" + id;
        }
        if (script) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("saved", true,
                    "revision", revision, "savedAt", clock.zonedNow().format(HH_MM)));
        }
        flash.addFlashAttribute("notice", "work.draft.saved");
        return "redirect:/tasks/" + id;
    }

    /** The page's heartbeat: keeps the lease while the worker has the page open. */
    @PostMapping("/tasks/{taskId:\\d+}/lease")
    ResponseEntity<Void> renew(@PathVariable("taskId") long id) {
        try {
            tasks.renewLease(worker.id(), id);
        } catch (RuntimeException e) {
            if (!LeaseProblems.isLeaseProblem(e)) {
                throw e;
            }
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId:\\d+}/submit")
    String submit(@PathVariable("taskId") long id, @RequestParam(defaultValue = "") String submitKey,
            @RequestParam(defaultValue = "false") boolean next, @RequestParam(required = false) Long jobId,
            HttpServletRequest request, Model model, RedirectAttributes flash) {
        long workerId = worker.id();
        Map<String, String> values = TaskForm.read(request.getParameterMap());
        String key = SubmitKeys.valid(submitKey) ? submitKey : UUID.randomUUID().toString();
        SubmitOutcome outcome = tasks.submit(workerId, id, key, values, WorkSites.clientAddress(request));
        if (outcome instanceof SubmitOutcome.Accepted) {
            flash.addFlashAttribute("notice", "work.submit.accepted");
            if (next) {
                Optional<ClaimedTask> following = Optional.ofNullable(jobId).flatMap(j -> nextOf(workerId, j))
                        .or(() -> tasks.claimNext(workerId, Optional.empty()));
                if (following.isPresent()) {
                    return "redirect:/tasks/" + following.get().taskId();
                }
                flash.addFlashAttribute("notice", "work.submit.acceptedNoMore");
            }
            return "redirect:/me/work";
        }
        // Tasks.submit itself keeps what was typed as the draft for every outcome but Accepted.
        if (outcome instanceof SubmitOutcome.Invalid invalid) {
            return render(model, workerId, tasks.view(workerId, id), values, invalid.errors(), null);
        }
        if (outcome instanceof SubmitOutcome.LeaseExpired expired && !expired.reLeased()) {
            // someone else holds the task now: it is no longer this worker's to open
            flash.addFlashAttribute("notice", "work.submit.leaseLost");
            return "redirect:/me/work";
        }
        String message = outcome instanceof SubmitOutcome.LeaseExpired ? "work.submit.releasedAgain"
                : outcome instanceof SubmitOutcome.AlreadySubmitted ? "work.submit.already" : "work.submit.jobStopped";
        return render(model, workerId, tasks.view(workerId, id), values, List.of(), message);
    }

    /** The next task of the same job; none when the worker left its team meanwhile. */
    private Optional<ClaimedTask> nextOf(long workerId, long jobId) {
        try {
            return tasks.claimNext(workerId, Optional.of(jobId));
        } catch (jp.hataraku.jobs.NotOnTeam e) {
            return Optional.empty();
        }
    }

    private String render(Model model, long workerId, TaskView view, Map<String, String> values,
            List<FieldError> errors, String outcome) {
        model.addAttribute("task", view);
        model.addAttribute("form", TaskForm.of(view.template(), values, errors));
        model.addAttribute("editable", TaskPages.editable(view) && !"work.submit.already".equals(outcome) && !"work.submit.jobStopped".equals(outcome));
        model.addAttribute("submitKey", UUID.randomUUID().toString());
        model.addAttribute("viewer", TaskPages.viewer(view));
        model.addAttribute("outcome", outcome);
        model.addAttribute("leaseUntil", view.leaseUntil().map(t -> t.atZone(TokyoClock.ZONE).format(HH_MM)).orElse(null));
        // the heartbeat beats at half the time left on the lease, between 20 s and 4 minutes
        long left = view.leaseUntil().map(t -> java.time.Duration.between(clock.now(), t).toSeconds()).orElse(480L);
        model.addAttribute("heartbeatSeconds", Math.max(20, Math.min(240, left / 2)));
        if (view.kind() == jp.hataraku.jobs.TaskKind.ASSIGNED) {
            model.addAttribute("assigned", assigned.forWorker(workerId, view.taskId()));
        }
        return "work/task";
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }
}
