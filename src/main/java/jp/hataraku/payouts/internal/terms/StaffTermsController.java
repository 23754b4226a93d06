package jp.hataraku.payouts.internal.terms;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.payouts.internal.terms.TermsDocument.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: who on a job's team has accepted its terms (and their assignments'), and re-issuing them. */
@Controller
class StaffTermsController {

    private final TermsService terms;
    private final Jobs jobs;
    private final Accounts accounts;

    StaffTermsController(TermsService terms, Jobs jobs, Accounts accounts) {
        this.terms = terms;
        this.jobs = jobs;
        this.accounts = accounts;
    }

    @GetMapping("/payouts/terms/jobs/{jobId:\\d+}")
    String job(@PathVariable long jobId, Model model) {
        JobSummary job = managed(jobId);
        model.addAttribute("job", job);
        model.addAttribute("members", terms.statusOfJob(jobId));
        return "payouts/terms/job";
    }

    @PostMapping("/payouts/terms/jobs/{jobId:\\d+}/reissue")
    String reissue(@PathVariable long jobId, RedirectAttributes flash) {
        managed(jobId);
        terms.reissue(jobId, Reason.REISSUED);
        flash.addFlashAttribute("notice", "terms.staff.reissued");
        return "redirect:/payouts/terms/jobs/" + jobId;
    }

    /** The job if the signed-in staff member runs it; 404 otherwise (as the job pages answer). */
    private JobSummary managed(long jobId) {
        CurrentUser user = accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        return jobs.find(jobId).filter(j -> j.isManagedBy(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
