package jp.hataraku.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.shared.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adjudication: the items whose double entries disagree, and one item's N values side by side
 * per field, where the adjudicator picks one of the values or types the right one.
 */
@Controller
class AdjudicationController {

    /** The radio value for "none of these: I type it". */
    static final String OTHER = "other";

    private final JobAccess access;
    private final Review review;
    private final QualityMessages messages;

    AdjudicationController(JobAccess access, Review review, QualityMessages messages) {
        this.access = access;
        this.review = review;
        this.messages = messages;
    }

    @GetMapping("/jobs/{jobId}/adjudication")
    String queue(@PathVariable long jobId, Model model) {
        JobSummary job = access.require(jobId);
        model.addAttribute("job", job);
        model.addAttribute("adjudications", review.adjudications(job));
        model.addAttribute("labels", labels(job));
        return "quality/adjudication-queue";
    }

    @GetMapping("/jobs/{jobId}/adjudication/{itemId}")
    String item(@PathVariable long jobId, @PathVariable long itemId, Model model) {
        JobSummary job = access.require(jobId);
        return show(job, review.disagreement(job, itemId), Map.of(), Map.of(), model);
    }

    @PostMapping("/jobs/{jobId}/adjudication/{itemId}")
    String decide(@PathVariable long jobId, @PathVariable long itemId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes flash) {
        JobSummary job = access.require(jobId);
        Review.Disagreement d = review.disagreement(job, itemId);
        Map<String, String> values = new LinkedHashMap<>();
        for (TemplateField f : d.template().fields()) {
            String choice = form.getOrDefault("choice_" + f.name(), "");
            List<String> choices = d.choices(f.name());
            if (choice.matches("\\d{1,2}") && Integer.parseInt(choice) < choices.size()) {
                values.put(f.name(), choices.get(Integer.parseInt(choice)));
            } else {
                values.put(f.name(), form.getOrDefault("other_" + f.name(), ""));
            }
        }
        try {
            List<FieldError> errors = review.adjudicate(job, itemId, values, access.reviewer());
            if (!errors.isEmpty()) {
                Map<String, String> byField = new LinkedHashMap<>();
                errors.forEach(e -> byField.put(e.field(), messages.text(e.code(), e.args())));
                return show(job, d, byField, form, model);
            }
        } catch (QualityRefusal e) {
            flash.addFlashAttribute("error", messages.of(e));
            return "redirect:/jobs/" + jobId + "/adjudication";
        }
        flash.addFlashAttribute("done", messages.text("quality.adjudication.done", List.of()));
        return "redirect:/jobs/" + jobId + "/adjudication";
    }

    private String show(JobSummary job, Review.Disagreement d, Map<String, String> errors, Map<String, String> form,
            Model model) {
        model.addAttribute("job", job);
        model.addAttribute("d", d);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "quality/adjudication";
    }

    static Map<String, String> labels(JobSummary job) {
        Map<String, String> labels = new LinkedHashMap<>();
        job.details().template().fields().forEach(f -> labels.put(f.name(), f.label()));
        return labels;
    }
}
