package jp.hataraku.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.quality.LotDecision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk approval of a batch through acceptance sampling: the plan, the drawn sample, the
 * inspector's verdicts and the lot decision. Only the {@code /sampling} subpath of a batch is
 * quality's (the batch pages themselves are the jobs module's).
 */
@Controller
class SamplingController {

    private final JobAccess access;
    private final Sampling sampling;
    private final QualityMessages messages;

    SamplingController(JobAccess access, Sampling sampling, QualityMessages messages) {
        this.access = access;
        this.sampling = sampling;
        this.messages = messages;
    }

    @GetMapping("/jobs/{jobId}/batches/{batchId}/sampling")
    String show(@PathVariable long jobId, @PathVariable long batchId, Model model) {
        JobSummary job = access.require(jobId);
        model.addAttribute("job", job);
        model.addAttribute("s", sampling.state(job, batchId));
        model.addAttribute("fields", job.details().template().fields());
        return "quality/sampling";
    }

    @PostMapping("/jobs/{jobId}/batches/{batchId}/sampling")
    String draw(@PathVariable long jobId, @PathVariable long batchId, RedirectAttributes flash) {
        JobSummary job = access.require(jobId);
        try {
            sampling.draw(job, batchId, access.reviewer());
        } catch (QualityRefusal e) {
            flash.addFlashAttribute("error", messages.of(e));
        }
        return redirect(jobId, batchId);
    }

    @PostMapping("/jobs/{jobId}/batches/{batchId}/sampling/decision")
    String decide(@PathVariable long jobId, @PathVariable long batchId, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        JobSummary job = access.require(jobId);
        Map<Long, Sampling.Verdict> verdicts = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.matches("verdict_\\d{1,18}") && (value.equals("OK") || value.equals("DEFECTIVE"))) {
                long item = Long.parseLong(key.substring("verdict_".length()));
                verdicts.put(item, new Sampling.Verdict(value.equals("DEFECTIVE"), form.getOrDefault("comment_" + item, "")));
            }
        });
        try {
            LotDecision decision = sampling.decide(job, batchId, verdicts, access.reviewer());
            flash.addFlashAttribute("done", messages.text("quality.sampling.decided." + decision.name(), List.of()));
        } catch (QualityRefusal | JobRuleViolation e) {
            flash.addFlashAttribute("error", messages.of(e));
        }
        return redirect(jobId, batchId);
    }

    private static String redirect(long jobId, long batchId) {
        return "redirect:/jobs/" + jobId + "/batches/" + batchId + "/sampling";
    }
}
