package jp.hataraku.jobs.internal.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A job's team: the members, a search of active workers to add, and removal. */
@Controller
@RequestMapping("/jobs/{jobId:\\d+}/team")
class TeamController {

    static final int SEARCH_LIMIT = 20;

    private final Jobs jobs;
    private final Workers workers;
    private final Organizations organizations;
    private final JobAccess access;
    private final JobPageSupport support;

    TeamController(Jobs jobs, Workers workers, Organizations organizations, JobAccess access, JobPageSupport support) {
        this.jobs = jobs;
        this.workers = workers;
        this.organizations = organizations;
        this.access = access;
        this.support = support;
    }

    @GetMapping
    String show(@PathVariable("jobId") long id, @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
        JobSummary job = access.staffJob(id);
        List<Long> memberIds = jobs.members(id);
        List<WorkerSummary> members = memberIds.stream().map(workers::find).flatMap(java.util.Optional::stream).toList();
        Set<Long> ids = Set.copyOf(memberIds);
        List<WorkerSummary> found = workers.searchActive(q, SEARCH_LIMIT).stream()
                .filter(w -> !ids.contains(w.id().value())).toList();
        model.addAttribute("job", job);
        model.addAttribute("members", members);
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("townNames", townNames());
        model.addAttribute("required", job.details().qualifications());
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "jobs/team :: results" : "jobs/team";
    }

    @PostMapping
    String add(@PathVariable("jobId") long id, @RequestParam(defaultValue = "") String workerId,
            @RequestParam(defaultValue = "") String q, RedirectAttributes flash) {
        access.staffJob(id);
        Long worker = JobFormValidator.id(workerId);
        if (worker == null || workers.find(worker).isEmpty()) {
            flash.addFlashAttribute("actionError", support.message("jobpages.team.noSuchWorker"));
        } else {
            try {
                jobs.addMember(id, worker);
                flash.addFlashAttribute("done", "jobpages.done.memberAdded");
            } catch (JobRuleViolation e) {
                flash.addFlashAttribute("actionError", support.message(e));
            }
        }
        flash.addAttribute("q", q);
        return "redirect:/jobs/" + id + "/team";
    }

    @PostMapping("/{workerId:\\d+}/remove")
    String remove(@PathVariable("jobId") long id, @PathVariable long workerId, @RequestParam(defaultValue = "") String version,
            RedirectAttributes flash) {
        JobSummary job = access.staffJob(id);
        Integer v = JobFormValidator.version(version);
        if (v == null || v != job.version()) {
            flash.addFlashAttribute("actionError", support.message("jobpages.error.stale"));
            return "redirect:/jobs/" + id + "/team";
        }
        if (!jobs.isMember(id, workerId)) {
            flash.addFlashAttribute("actionError", support.message("jobpages.team.notMember"));
            return "redirect:/jobs/" + id + "/team";
        }
        try {
            jobs.removeMember(id, workerId);
            flash.addFlashAttribute("done", "jobpages.done.memberRemoved");
        } catch (JobRuleViolation e) {
            flash.addFlashAttribute("actionError", support.message(e));
        }
        return "redirect:/jobs/" + id + "/team";
    }

    private Map<Long, String> townNames() {
        return organizations.municipalities().stream().collect(Collectors.toMap(Municipality::id, Municipality::name));
    }
}
