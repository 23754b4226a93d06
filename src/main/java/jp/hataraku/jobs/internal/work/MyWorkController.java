package jp.hataraku.jobs.internal.work;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My work": open tasks, claim the next one per job, this month's approved work. */
@Controller
class MyWorkController {

    private final Tasks tasks;
    private final Jobs jobs;
    private final CurrentWorker worker;
    private final TokyoClock clock;

    MyWorkController(Tasks tasks, Jobs jobs, CurrentWorker worker, TokyoClock clock) {
        this.tasks = tasks;
        this.jobs = jobs;
        this.worker = worker;
        this.clock = clock;
    }

    @GetMapping("/me/work")
    String myWork(Model model) {
        long workerId = worker.id();
        YearMonth month = YearMonth.from(clock.today());
        List<JobSummary> teams = jobs.listForWorker(workerId).stream().filter(j -> j.status().isWorkable()).toList();
        List<JobSummary> awaiting = jobs.awaitingTerms(workerId);
        model.addAttribute("awaitingTerms", awaiting);
        model.addAttribute("awaitingIds", awaiting.stream().map(JobSummary::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("open", tasks.openTasks(workerId));
        model.addAttribute("jobs", teams);
        model.addAttribute("month", month);
        model.addAttribute("approved", tasks.approvedIn(workerId, month));
        return "work/my-work";
    }

    @PostMapping("/me/work/claim")
    String claim(@RequestParam(required = false) Long jobId, RedirectAttributes flash) {
        Optional<ClaimedTask> claimed = tasks.claimNext(worker.id(), Optional.ofNullable(jobId));
        if (claimed.isEmpty()) {
            flash.addFlashAttribute("notice", "work.claim.none");
            return "redirect:/me/work";
        }
        return "redirect:/tasks/" + claimed.get().taskId();
    }
}
