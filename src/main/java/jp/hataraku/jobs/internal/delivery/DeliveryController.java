package jp.hataraku.jobs.internal.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.internal.delivery.DeliveryRepository.Delivery;
import jp.hataraku.jobs.internal.io.JobFacts;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
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
 * A job's results and deliveries for staff: download an export, record a delivery, and record the
 * client's acceptance or rejection when it comes by paper or mail. Client users decide in the
 * portal; both end in {@link Deliveries}.
 */
@Controller
class DeliveryController {

    private final JobAccess access;
    private final Deliveries deliveries;
    private final MessageSource messages;
    private final jp.hataraku.shared.TokyoClock clock;

    DeliveryController(JobAccess access, Deliveries deliveries, MessageSource messages, jp.hataraku.shared.TokyoClock clock) {
        this.access = access;
        this.deliveries = deliveries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/jobs/{jobId}/deliveries")
    String list(@PathVariable long jobId, Model model) {
        JobFacts job = access.staffJob(jobId);
        model.addAttribute("job", job);
        model.addAttribute("deliveries", deliveries.forJob(jobId));
        model.addAttribute("formats", ExportFormat.values());
        model.addAttribute("today", clock.today());
        return "deliveries/list";
    }

    @GetMapping("/jobs/{jobId}/export")
    String export(@PathVariable long jobId, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response, RedirectAttributes flash, Locale locale) throws IOException {
        JobFacts job = access.staffJob(jobId);
        ExportFormat chosen = ExportFormat.ofCode(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            deliveries.checkExport(job, chosen);
        } catch (ResultWriter.NotShiftJis e) {
            flash.addFlashAttribute("error", notShiftJis(e, locale));
            return "redirect:/jobs/" + jobId + "/deliveries";
        }
        startDownload(response, chosen, "job-" + jobId + "-results." + chosen.extension());
        deliveries.export(job, chosen, response.getOutputStream());
        return null;
    }

    @PostMapping("/jobs/{jobId}/deliveries")
    String deliver(@PathVariable long jobId, @RequestParam(defaultValue = "csv") String format, RedirectAttributes flash,
            Locale locale) {
        JobFacts job = access.staffJob(jobId);
        ExportFormat chosen = ExportFormat.ofCode(format).orElse(ExportFormat.CSV);
        try {
            long id = deliveries.deliver(job, chosen, Optional.of(access.user().accountId()));
            flash.addFlashAttribute("notice", messages.getMessage("jobio.delivery.done", new Object[] {id}, locale));
        } catch (ResultWriter.NotShiftJis e) {
            flash.addFlashAttribute("error", notShiftJis(e, locale));
        } catch (JobRuleViolation e) {
            flash.addFlashAttribute("error", messages.getMessage(e.code(), e.args().toArray(), e.code(), locale));
        }
        return "redirect:/jobs/" + jobId + "/deliveries";
    }

    @PostMapping("/deliveries/{deliveryId}/acceptance")
    String decide(@PathVariable long deliveryId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String acceptedOn, @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash, Locale locale) {
        Delivery delivery = deliveries.find(deliveryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        JobFacts job = access.staffJob(delivery.jobId());
        flashOutcome(Acceptance.decide(deliveries, job, delivery, decision, acceptedOn, note, access.user()), flash,
                messages, locale);
        return "redirect:/jobs/" + job.id() + "/deliveries";
    }

    @GetMapping("/deliveries/{deliveryId}/file")
    void file(@PathVariable long deliveryId, HttpServletResponse response) throws IOException {
        Delivery delivery = deliveries.find(deliveryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.staffOrClientJob(delivery.jobId());
        ExportFormat format = ExportFormat.ofCode(delivery.format()).orElse(ExportFormat.CSV);
        try (InputStream in = deliveries.file(delivery).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))) {
            startDownload(response, format, "delivery-" + deliveryId + "." + format.extension());
            in.transferTo(response.getOutputStream());
        }
    }

    static void startDownload(HttpServletResponse response, ExportFormat format, String name) {
        response.setContentType(format.mediaType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }

    String notShiftJis(ResultWriter.NotShiftJis e, Locale locale) {
        return messages.getMessage("jobio.export.not-shift-jis",
                new Object[] {String.join(", ", e.seqs().stream().map(String::valueOf).toList())}, locale);
    }

    static void flashOutcome(Acceptance.Outcome outcome, RedirectAttributes flash, MessageSource messages, Locale locale) {
        String text = messages.getMessage(outcome.code(), outcome.args().toArray(), outcome.code(), locale);
        flash.addFlashAttribute(outcome.ok() ? "notice" : "error", text);
    }

    /** The decision form's fields read into a call on {@link Deliveries}. */
    static final class Acceptance {
        record Outcome(boolean ok, String code, List<String> args) { }

        static Outcome decide(Deliveries deliveries, JobFacts job, Delivery delivery, String decision, String acceptedOn,
                String note, CurrentUser user) {
            try {
                if ("accept".equals(decision)) {
                    LocalDate on;
                    try {
                        on = LocalDate.parse(acceptedOn.strip());
                    } catch (DateTimeParseException e) {
                        return new Outcome(false, "jobio.acceptance.date-required", List.of());
                    }
                    deliveries.accept(job, delivery, on, Optional.of(user.accountId()));
                    return new Outcome(true, "jobio.acceptance.accepted", List.of());
                }
                if ("reject".equals(decision)) {
                    deliveries.reject(job, delivery, note, Optional.of(user.accountId()));
                    return new Outcome(true, "jobio.acceptance.rejected", List.of());
                }
                return new Outcome(false, "jobio.acceptance.decision-required", List.of());
            } catch (JobRuleViolation e) {
                return new Outcome(false, e.code(), e.args());
            }
        }
    }
}
