package jp.hataraku.jobs.internal.pages;

import java.util.Optional;

import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * The task template builder: fields added, removed and moved with plain form buttons (htmx swaps
 * the builder in place), checked, and saved into the job's details; a preview of the worker's form.
 */
@Controller
@RequestMapping("/jobs/{jobId:\\d+}/template")
class TemplateBuilderController {

    private final Jobs jobs;
    private final JobAccess access;
    private final JobPageSupport support;

    TemplateBuilderController(Jobs jobs, JobAccess access, JobPageSupport support) {
        this.jobs = jobs;
        this.access = access;
        this.support = support;
    }

    @GetMapping
    String show(@PathVariable("jobId") long id, Model model) {
        JobSummary job = access.staffJob(id);
        return render(model, job, TemplateForm.of(job.details().template(), job.version()), new PageErrors(), null);
    }

    @PostMapping
    String change(@PathVariable("jobId") long id, @ModelAttribute("form") TemplateForm form,
            @RequestParam(defaultValue = "save") String action,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes flash) {
        JobSummary job = access.staffJob(id);
        if (form.rearrange(action)) {
            return render(model, job, form, new PageErrors(), htmx);
        }
        PageErrors errors = new PageErrors();
        Optional<TaskTemplate> template = form.toTemplate(errors);
        if (template.isEmpty()) {
            return render(model, job, form, errors, htmx);
        }
        Integer version = JobFormValidator.version(form.getVersion());
        if (version == null || version != job.version()) {
            model.addAttribute("formError", support.message("jobpages.error.stale"));
            return render(model, job, form, errors, htmx);
        }
        JobDetails d = job.details();
        JobDetails changed = new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(),
                d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(),
                d.qualifications(), d.confidentiality(), template.get(), d.overlap(), d.goldRatePercent(),
                d.leaseMinutes(), d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId());
        try {
            jobs.update(id, version, changed);
        } catch (JobRuleViolation e) {
            model.addAttribute("formError", support.message(e));
            return render(model, job, form, errors, htmx);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("formError", support.message("jobpages.error.stale"));
            return render(model, job, form, errors, htmx);
        }
        flash.addFlashAttribute("done", "jobpages.done.templateSaved");
        if (htmx != null) {
            model.addAttribute("done", "jobpages.done.templateSaved");
            JobSummary saved = jobs.find(id).orElse(job);
            return render(model, saved, TemplateForm.of(saved.details().template(), saved.version()), errors, htmx);
        }
        return "redirect:/jobs/" + id + "/template";
    }

    /** The worker's form as the builder describes it now (htmx, while staff type). */
    @PostMapping("/preview")
    String preview(@PathVariable("jobId") long id, @ModelAttribute("form") TemplateForm form, Model model) {
        model.addAttribute("job", access.staffJob(id));
        model.addAttribute("preview", form.preview());
        return "jobs/template :: preview";
    }

    private String render(Model model, JobSummary job, TemplateForm form, PageErrors errors, String htmx) {
        support.addChoices(model);
        model.addAttribute("job", job);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", form.preview());
        return htmx != null ? "jobs/template :: builder" : "jobs/template";
    }
}
