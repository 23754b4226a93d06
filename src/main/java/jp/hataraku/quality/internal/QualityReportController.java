package jp.hataraku.quality.internal;

import jp.hataraku.jobs.JobSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A job's quality report as a page. */
@Controller
class QualityReportController {

    private final JobAccess access;
    private final Reports reports;

    QualityReportController(JobAccess access, Reports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GetMapping("/jobs/{jobId}/quality")
    String report(@PathVariable long jobId, Model model) {
        JobSummary job = access.require(jobId);
        model.addAttribute("job", job);
        model.addAttribute("q", reports.of(job));
        model.addAttribute("labels", AdjudicationController.labels(job));
        return "quality/report";
    }
}
