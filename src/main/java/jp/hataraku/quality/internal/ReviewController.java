package jp.hataraku.quality.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TaskInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue of a job: settled items (and, with overlap 1, submitted tasks) to approve, return or reject. */
@Controller
class ReviewController {

    private final JobAccess access;
    private final Review review;
    private final SamplingRepository samplings;
    private final QualityMessages messages;

    ReviewController(JobAccess access, Review review, SamplingRepository samplings, QualityMessages messages) {
        this.access = access;
        this.review = review;
        this.samplings = samplings;
        this.messages = messages;
    }

    /** A batch with items waiting, and where its sampling stands. */
    record BatchLine(long batchId, String name, int waiting, String sampling) { }

    @GetMapping("/jobs/{jobId}/review")
    String queue(@PathVariable long jobId, Model model) {
        JobSummary job = access.require(jobId);
        List<ItemInReview> items = review.queue(job, Optional.empty());
        Map<Long, String> samplingByBatch = samplings.forJob(jobId).stream()
                .collect(Collectors.toMap(SamplingRepository.Sampling::batchId, SamplingRepository.Sampling::status));
        Map<Long, List<ItemInReview>> byBatch = items.stream()
                .collect(Collectors.groupingBy(ItemInReview::batchId, TreeMap::new, Collectors.toList()));
        List<BatchLine> batches = byBatch.values().stream().map(list -> new BatchLine(list.get(0).batchId(),
                list.get(0).batchName(), list.size(), samplingByBatch.getOrDefault(list.get(0).batchId(), "NONE"))).toList();
        model.addAttribute("job", job);
        model.addAttribute("items", items);
        model.addAttribute("batches", batches);
        model.addAttribute("fields", job.details().template().fields());
        model.addAttribute("adjudications", review.adjudications(job).size());
        return "quality/review";
    }

    @PostMapping("/jobs/{jobId}/review/items/{itemId}/approval")
    String approveItem(@PathVariable long jobId, @PathVariable long itemId, RedirectAttributes flash) {
        JobSummary job = access.require(jobId);
        return act(jobId, flash, "quality.review.approved", () -> review.approveItem(job, itemId, access.reviewer()));
    }

    @PostMapping("/jobs/{jobId}/review/tasks/{taskId}/return")
    String returnTask(@PathVariable long jobId, @PathVariable long taskId, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes flash) {
        return decide(jobId, taskId, Review.Decision.RETURN, comment, flash, "quality.review.returned");
    }

    @PostMapping("/jobs/{jobId}/review/tasks/{taskId}/rejection")
    String rejectTask(@PathVariable long jobId, @PathVariable long taskId, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes flash) {
        return decide(jobId, taskId, Review.Decision.REJECT, comment, flash, "quality.review.rejected");
    }

    private String decide(long jobId, long taskId, Review.Decision decision, String comment, RedirectAttributes flash,
            String done) {
        JobSummary job = access.require(jobId);
        TaskInfo task = review.task(taskId);
        if (task.jobId() != jobId) {
            throw new JobAccess.NoSuchJob();
        }
        return act(jobId, flash, done, () -> review.decideTask(job, task, decision, comment, access.reviewer()));
    }

    private String act(long jobId, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", messages.text(done, List.of()));
        } catch (JobRuleViolation | QualityRefusal e) {
            flash.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/jobs/" + jobId + "/review";
    }
}
