package jp.hataraku.quality.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.quality.FieldNormalisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Per job and field: which differences double entry and gold scoring let pass (the type's default until changed). */
@Controller
class FieldSettingsController {

    private final JobAccess access;
    private final FieldSpecs fieldSpecs;
    private final QualityMessages messages;

    FieldSettingsController(JobAccess access, FieldSpecs fieldSpecs, QualityMessages messages) {
        this.access = access;
        this.fieldSpecs = fieldSpecs;
        this.messages = messages;
    }

    @GetMapping("/jobs/{jobId}/quality/fields")
    String show(@PathVariable long jobId, Model model) {
        JobSummary job = access.require(jobId);
        model.addAttribute("job", job);
        model.addAttribute("fields", job.details().template().fields());
        model.addAttribute("current", fieldSpecs.current(job));
        model.addAttribute("flags", FieldNormalisation.values());
        return "quality/fields";
    }

    @PostMapping("/jobs/{jobId}/quality/fields")
    String save(@PathVariable long jobId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        JobSummary job = access.require(jobId);
        Map<String, Set<FieldNormalisation>> chosen = new LinkedHashMap<>();
        for (TemplateField f : job.details().template().fields()) {
            Set<FieldNormalisation> flags = EnumSet.noneOf(FieldNormalisation.class);
            for (String v : form.getOrDefault("flags_" + f.name(), List.of())) {
                for (FieldNormalisation n : FieldNormalisation.values()) {
                    if (n.name().equals(v)) {
                        flags.add(n);
                    }
                }
            }
            chosen.put(f.name(), flags);
        }
        fieldSpecs.save(job, chosen);
        flash.addFlashAttribute("done", messages.text("quality.fields.saved", List.of()));
        return "redirect:/jobs/" + jobId + "/quality/fields";
    }
}
