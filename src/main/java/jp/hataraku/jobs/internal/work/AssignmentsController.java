package jp.hataraku.jobs.internal.work;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.NotOnTeam;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.platform.FileStore;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.Parsed;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The director's side of assigned work: give a team member a task with instruction files,
 * approve the hours they logged, approve or return what they handed in. A director sees only the
 * jobs they direct; contractor staff and administrators see every job.
 */
@Controller
class AssignmentsController {

    private final Jobs jobs;
    private final Tasks tasks;
    private final Workers workers;
    private final AssignedWork work;
    private final Accounts accounts;

    AssignmentsController(Jobs jobs, Tasks tasks, Workers workers, AssignedWork work, Accounts accounts) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.workers = workers;
        this.work = work;
        this.accounts = accounts;
    }

    @GetMapping("/jobs/{jobId:\\d+}/assignments")
    String list(@PathVariable long jobId, Model model) {
        JobSummary job = directed(jobId);
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long member : jobs.members(jobId)) {
            names.put(member, workers.find(member).map(WorkerSummary::name).orElse("#" + member));
        }
        model.addAttribute("job", job);
        model.addAttribute("members", names);
        model.addAttribute("assigned", work.assignedOf(jobId));
        model.addAttribute("files", work.filesOfJob(jobId));
        model.addAttribute("timeLogs", work.timeToApprove(jobId));
        return "work/assignments";
    }

    @PostMapping("/jobs/{jobId:\\d+}/assignments/new")
    String create(@PathVariable long jobId, @RequestParam(defaultValue = "0") long workerId,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String instructions,
            @RequestParam(defaultValue = "") String due, @RequestParam(defaultValue = "") String estimatedMinutes,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes flash) {
        directed(jobId);
        Parsed<LocalDate> dueDate = FlexibleDateParser.parse(due);
        int minutes;
        try {
            minutes = Integer.parseInt(estimatedMinutes.strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        List<String> problems = new ArrayList<>();
        if (!jobs.isMember(jobId, workerId)) {
            problems.add("work.assign.error.worker");
        }
        if (title.isBlank() || title.length() > 200) {
            problems.add("work.assign.error.title");
        }
        if (!dueDate.isValid()) {
            problems.add("work.assign.error.due");
        }
        if (minutes < 1 || minutes > 100_000) {
            problems.add("work.assign.error.minutes");
        }
        if (!problems.isEmpty()) {
            flash.addFlashAttribute("assignErrors", problems);
            flash.addFlashAttribute("assignForm", Map.of("workerId", workerId, "title", title,
                    "instructions", instructions, "due", due, "estimatedMinutes", estimatedMinutes));
            return "redirect:/jobs/" + jobId + "/assignments#new-assignment";
        }
        long taskId;
        try {
            taskId = tasks.assign(jobId, workerId, title.strip(), instructions.strip(), dueDate.value(), minutes);
        } catch (JobRuleViolation e) {
            flash.addFlashAttribute("assignErrors", List.of(e.code()));
            return "redirect:/jobs/" + jobId + "/assignments#new-assignment";
        }
        List<String> refused = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty()) {
                continue;
            }
            try {
                work.addInstruction(taskId, f, accountId());
            } catch (FileStore.TooLarge | AssignedWork.UnknownType e) {
                refused.add(f.getOriginalFilename());
            }
        }
        flash.addFlashAttribute("notice", "work.assign.created");
        if (!refused.isEmpty()) {
            flash.addFlashAttribute("refusedFiles", refused);
        }
        return "redirect:/jobs/" + jobId + "/assignments";
    }

    @PostMapping("/jobs/{jobId:\\d+}/assignments/time/{logId:\\d+}/approve")
    String approveTime(@PathVariable long jobId, @PathVariable long logId, RedirectAttributes flash) {
        directed(jobId);
        flash.addFlashAttribute("notice", work.approveTime(jobId, logId, accountId())
                ? "work.time.approved" : "work.time.approveNone");
        return "redirect:/jobs/" + jobId + "/assignments#time";
    }

    @PostMapping("/jobs/{jobId:\\d+}/assignments/{taskId:\\d+}/approve")
    String approve(@PathVariable long jobId, @PathVariable long taskId, RedirectAttributes flash) {
        directed(jobId);
        ownTask(jobId, taskId);
        tasks.approve(taskId, accountId());
        flash.addFlashAttribute("notice", "work.review.approved");
        return "redirect:/jobs/" + jobId + "/assignments";
    }

    @PostMapping("/jobs/{jobId:\\d+}/assignments/{taskId:\\d+}/return")
    String returnToWorker(@PathVariable long jobId, @PathVariable long taskId,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes flash) {
        directed(jobId);
        ownTask(jobId, taskId);
        if (comment.isBlank()) {
            flash.addFlashAttribute("notice", "work.review.commentRequired");
            return "redirect:/jobs/" + jobId + "/assignments";
        }
        tasks.returnToWorker(taskId, comment.strip(), accountId());
        flash.addFlashAttribute("notice", "work.review.returned");
        return "redirect:/jobs/" + jobId + "/assignments";
    }

    @GetMapping("/jobs/{jobId:\\d+}/assignments/{taskId:\\d+}/files/{fileId:\\d+}")
    void file(@PathVariable long jobId, @PathVariable long taskId, @PathVariable long fileId,
            HttpServletResponse response) throws IOException {
        directed(jobId);
        AssignedWorkController.send(work.jobFile(jobId, taskId, fileId)
                .orElseThrow(() -> new java.util.NoSuchElementException("file " + fileId)), response);
    }

    private void ownTask(long jobId, long taskId) {
        if (work.assignedOf(jobId).stream().noneMatch(l -> l.taskId() == taskId)) {
            throw new java.util.NoSuchElementException("task " + taskId);
        }
    }

    /** The job, if the signed-in staff member may direct it. */
    private JobSummary directed(long jobId) {
        JobSummary job = jobs.find(jobId).orElseThrow(() -> new java.util.NoSuchElementException("job " + jobId));
        CurrentUser me = accounts.current().orElseThrow();
        boolean broad = me.has(Role.CONTRACTOR_STAFF) || me.has(Role.SYSTEM_ADMIN);
        if (!broad && !job.details().directorAccountId().map(d -> d == me.accountId()).orElse(false)) {
            throw new NotOnTeam(jobId);
        }
        return job;
    }

    private long accountId() {
        return accounts.current().map(CurrentUser::accountId).orElseThrow();
    }
}
