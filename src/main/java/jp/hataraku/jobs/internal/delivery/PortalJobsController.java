package jp.hataraku.jobs.internal.delivery;

import java.util.List;
import java.util.Locale;

import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.internal.delivery.DeliveryRepository.Delivery;
import jp.hataraku.jobs.internal.io.JobFacts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client portal: a client user sees their own company's jobs — progress and deliveries — and
 * accepts (検収) or rejects a delivery. Another client's job answers 403 and is audited.
 */
@Controller
class PortalJobsController {

    private final JobAccess access;
    private final Jobs jobs;
    private final ProgressQueries progress;
    private final Deliveries deliveries;
    private final MessageSource messages;
    private final jp.hataraku.shared.TokyoClock clock;

    PortalJobsController(JobAccess access, Jobs jobs, ProgressQueries progress, Deliveries deliveries,
            MessageSource messages, jp.hataraku.shared.TokyoClock clock) {
        this.clock = clock;
        this.access = access;
        this.jobs = jobs;
        this.progress = progress;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    /** A job on the portal list. */
    record PortalJob(JobFacts job, JobProgress progress, List<Delivery> deliveries) { }

    @GetMapping("/portal/jobs")
    String list(Model model) {
        CurrentUser user = access.user();
        List<PortalJob> list = user.clientScopes().stream().sorted()
                .flatMap(clientId -> jobs.listForClient(clientId).stream())
                .map(JobFacts::of)
                .map(job -> new PortalJob(job, progress.progress(job), deliveries.forJob(job.id())))
                .toList();
        model.addAttribute("jobs", list);
        return "progress/portal-list";
    }

    @GetMapping("/portal/jobs/{jobId}")
    String job(@PathVariable long jobId, Model model) {
        JobFacts job = access.clientJob(jobId);
        model.addAttribute("job", job);
        JobProgress p = progress.progress(job);
        model.addAttribute("progress", p);
        model.addAttribute("chart", ProgressChart.of(p));
        model.addAttribute("deliveries", deliveries.forJob(jobId));
        model.addAttribute("today", clock.today());
        return "progress/portal-job";
    }

    @PostMapping("/portal/jobs/{jobId}/deliveries/{deliveryId}/acceptance")
    String decide(@PathVariable long jobId, @PathVariable long deliveryId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String acceptedOn, @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash, Locale locale) {
        JobFacts job = access.clientJob(jobId);
        Delivery delivery = deliveries.find(deliveryId).filter(d -> d.jobId() == jobId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        DeliveryController.flashOutcome(DeliveryController.Acceptance.decide(deliveries, job, delivery, decision,
                acceptedOn, note, access.user()), flash, messages, locale);
        return "redirect:/portal/jobs/" + jobId;
    }
}
