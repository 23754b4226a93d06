package jp.hataraku.jobs.internal.pages;

import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.TokyoClock;
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

/** The staff's jobs: list, create, edit, detail with history, and the lifecycle actions. */
@Controller
@RequestMapping("/jobs")
class JobPagesController {

    private final Jobs jobs;
    private final JobAccess access;
    private final JobPageSupport support;
    private final JobHistory history;
    private final TokyoClock clock;
    private final jp.hataraku.organization.Organizations organizations;

    JobPagesController(Jobs jobs, JobAccess access, JobPageSupport support, JobHistory history, TokyoClock clock,
            jp.hataraku.organization.Organizations organizations) {
        this.organizations = organizations;
        this.jobs = jobs;
        this.access = access;
        this.support = support;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String clientId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
        String key = JapaneseText.searchKey(q.strip());
        Long client = JobFormValidator.id(clientId);
        List<JobSummary> found = access.staffJobs().stream()
                .filter(j -> key.isEmpty() || JapaneseText.searchKey(j.title()).contains(key))
                .filter(j -> status.isBlank() || j.status().name().equals(status))
                .filter(j -> client == null || j.clientId() == client)
                .toList();
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("clientId", clientId);
        model.addAttribute("jobs", found);
        model.addAttribute("clientNames", support.clientNames());
        model.addAttribute("statuses", JobStatus.values());
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "jobs/list :: results" : "jobs/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return showForm(model, new JobForm(), new PageErrors(), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") JobForm form, Model model, RedirectAttributes flash) {
        PageErrors errors = new PageErrors();
        Optional<JobDetails> details = JobFormValidator.validate(form, support.clients(), support.directors().keySet(),
                TaskTemplate.empty(), errors);
        if (details.isEmpty()) {
            return showForm(model, form, errors, null);
        }
        long id;
        try {
            id = jobs.create(details.get());
        } catch (JobRuleViolation e) {
            model.addAttribute("formError", support.message(e));
            return showForm(model, form, errors, null);
        }
        flash.addFlashAttribute("done", "jobpages.done.created");
        return "redirect:/jobs/" + id;
    }

    @GetMapping("/{jobId:\\d+}")
    String detail(@PathVariable("jobId") long id, Model model) {
        JobSummary job = access.staffJob(id);
        model.addAttribute("job", job);
        model.addAttribute("d", job.details());
        model.addAttribute("clientName", support.clientNames().getOrDefault(job.clientId(), "#" + job.clientId()));
        model.addAttribute("directorName", job.details().directorAccountId()
                .map(a -> support.directors().containsKey(a) ? support.directors().get(a).displayName() : "#" + a)
                .orElse(null));
        model.addAttribute("history", history.of(id));
        model.addAttribute("memberCount", jobs.members(id).size());
        // the effective hourly reward beside the highest minimum wage of the contractor's towns (issue 4)
        Optional<jp.hataraku.jobs.UnitTime> unit = jobs.unitTime(id);
        Optional<Long> hourly = job.details().reward().effectiveHourly(unit);
        Optional<Long> minimumWage = organizations.municipalitiesServedBy(job.contractorId()).stream()
                .map(m -> organizations.minimumWage(m.id(), clock.today())).flatMap(Optional::stream)
                .map(jp.hataraku.organization.MinimumWage::yenPerHour).max(Long::compare);
        model.addAttribute("unitTime", unit.orElse(null));
        model.addAttribute("effectiveHourly", hourly.orElse(null));
        model.addAttribute("minimumWage", minimumWage.orElse(null));
        model.addAttribute("belowMinimumWage", hourly.isPresent() && minimumWage.isPresent() && hourly.get() < minimumWage.get());
        model.addAttribute("canOpen", job.status().canBecome(JobStatus.OPEN));
        model.addAttribute("canClose", job.status().canBecome(JobStatus.CLOSED));
        model.addAttribute("canCancel", job.status().canBecome(JobStatus.CANCELLED));
        return "jobs/detail";
    }

    @GetMapping("/{jobId:\\d+}/edit")
    String editForm(@PathVariable("jobId") long id, Model model) {
        JobSummary job = access.staffJob(id);
        return showForm(model, JobForm.of(job), new PageErrors(), job);
    }

    @PostMapping("/{jobId:\\d+}/edit")
    String edit(@PathVariable("jobId") long id, @ModelAttribute("form") JobForm form, Model model, RedirectAttributes flash) {
        JobSummary job = access.staffJob(id);
        PageErrors errors = new PageErrors();
        Integer version = JobFormValidator.version(form.getVersion());
        Optional<JobDetails> details = JobFormValidator.validate(form, support.clients(), support.directors().keySet(),
                job.details().template(), errors);
        if (details.isEmpty()) {
            return showForm(model, form, errors, job);
        }
        if (version == null || version != job.version()) {
            model.addAttribute("formError", support.message("jobpages.error.stale"));
            return showForm(model, form, errors, job);
        }
        try {
            jobs.update(id, version, details.get());
        } catch (JobRuleViolation e) {
            model.addAttribute("formError", support.message(e));
            return showForm(model, form, errors, job);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("formError", support.message("jobpages.error.stale"));
            return showForm(model, form, errors, job);
        }
        flash.addFlashAttribute("done", "jobpages.done.saved");
        return "redirect:/jobs/" + id;
    }

    @PostMapping("/{jobId:\\d+}/open")
    String open(@PathVariable("jobId") long id, @RequestParam(defaultValue = "") String version, RedirectAttributes flash) {
        return act(id, version, flash, "jobpages.done.opened", () -> jobs.open(id, clock.today()));
    }

    @PostMapping("/{jobId:\\d+}/cancel")
    String cancel(@PathVariable("jobId") long id, @RequestParam(defaultValue = "") String version, RedirectAttributes flash) {
        return act(id, version, flash, "jobpages.done.cancelled", () -> jobs.cancel(id));
    }

    @PostMapping("/{jobId:\\d+}/close")
    String close(@PathVariable("jobId") long id, @RequestParam(defaultValue = "") String version, RedirectAttributes flash) {
        return act(id, version, flash, "jobpages.done.closed", () -> jobs.close(id));
    }

    /** A lifecycle action on the job as the page showed it (same version), or the rule's message. */
    private String act(long id, String version, RedirectAttributes flash, String done, Runnable change) {
        JobSummary job = access.staffJob(id);
        Integer v = JobFormValidator.version(version);
        if (v == null || v != job.version()) {
            flash.addFlashAttribute("actionError", support.message("jobpages.error.stale"));
            return "redirect:/jobs/" + id;
        }
        try {
            change.run();
            flash.addFlashAttribute("done", done);
        } catch (JobRuleViolation e) {
            flash.addFlashAttribute("actionError", support.message(e));
        } catch (IllegalStateException e) {
            flash.addFlashAttribute("actionError", support.message("jobpages.error.transition"));
        }
        return "redirect:/jobs/" + id;
    }

    private String showForm(Model model, JobForm form, PageErrors errors, JobSummary job) {
        support.addChoices(model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("job", job);
        model.addAttribute("formAction", job == null ? "/jobs/new" : "/jobs/" + job.id() + "/edit");
        return "jobs/form";
    }
}
