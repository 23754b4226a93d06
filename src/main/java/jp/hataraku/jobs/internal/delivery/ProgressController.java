package jp.hataraku.jobs.internal.delivery;

import java.util.List;

import jp.hataraku.jobs.internal.io.JobFacts;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The job's progress dashboard and the director's view of who is doing what. */
@Controller
class ProgressController {

    private final JobAccess access;
    private final ProgressQueries queries;
    private final Workers workers;

    ProgressController(JobAccess access, ProgressQueries queries, Workers workers) {
        this.access = access;
        this.queries = queries;
        this.workers = workers;
    }

    @GetMapping("/jobs/{jobId}/progress")
    String progress(@PathVariable long jobId, Model model) {
        JobFacts job = access.staffJob(jobId);
        model.addAttribute("job", job);
        model.addAttribute("progress", queries.progress(job));
        model.addAttribute("chart", ProgressChart.of(queries.progress(job)));
        return "progress/job";
    }

    /** A team member's line: their name and their work. */
    record MemberLine(long workerId, String name, ProgressQueries.MemberActivity activity) { }

    @GetMapping("/jobs/{jobId}/activity")
    String activity(@PathVariable long jobId, Model model) {
        JobFacts job = access.staffJob(jobId);
        List<MemberLine> lines = queries.activity(jobId).stream()
                .map(a -> new MemberLine(a.workerId(),
                        workers.find(a.workerId()).map(WorkerSummary::name).orElse("#" + a.workerId()), a))
                .toList();
        model.addAttribute("job", job);
        model.addAttribute("members", lines);
        return "progress/activity";
    }
}
