package jp.hataraku.jobs.internal.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.internal.delivery.JobAccess;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff bring items into a job: upload a CSV or XLSX, read the preview (counts and the first row
 * problems), confirm (all rows, or only the valid ones), and watch the import's progress. Between
 * preview and confirmation the file waits in the file store; the session holds its checksum and a
 * one-time token. Nothing is written before the confirmation.
 */
@Controller
class BatchController {

    static final String PENDING = BatchController.class.getName() + ".pending";

    private final JobAccess access;
    private final BatchUploads uploads;
    private final BatchImports imports;
    private final BatchRepository batches;
    private final FileItems fileItems;
    private final MessageSource messages;
    private final Audit audit;

    BatchController(JobAccess access, BatchUploads uploads, BatchImports imports, BatchRepository batches,
            FileItems fileItems, MessageSource messages, Audit audit) {
        this.access = access;
        this.uploads = uploads;
        this.imports = imports;
        this.batches = batches;
        this.fileItems = fileItems;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/jobs/{jobId}/batches")
    String list(@PathVariable long jobId, Model model) {
        JobFacts job = access.staffJob(jobId);
        model.addAttribute("job", job);
        model.addAttribute("batches", batches.forJob(jobId));
        return "batches/list";
    }

    @PostMapping("/jobs/{jobId}/batches/preview")
    String preview(@PathVariable long jobId, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, Locale locale, HttpSession session) {
        JobFacts job = access.staffJob(jobId);
        session.removeAttribute(PENDING);
        BatchUploads.Upload upload = uploads.receive(job, file);
        model.addAttribute("job", job);
        model.addAttribute("fileName", file == null ? "" : Optional.ofNullable(file.getOriginalFilename()).orElse(""));
        if (upload.refused().isPresent()) {
            model.addAttribute("problems", ProblemView.of(List.of(upload.refused().get()), messages, locale));
            model.addAttribute("check", null);
            return "batches/preview";
        }
        BatchFile.Check check = upload.check().orElseThrow();
        model.addAttribute("check", check);
        model.addAttribute("problems", ProblemView.of(check.problems(), messages, locale));
        if (check.isClean() || check.canImportValidRows()) {
            var stored = upload.file().orElseThrow();
            String token = UUID.randomUUID().toString();
            session.setAttribute(PENDING, new BatchUploads.Pending(token, jobId, stored.sha256(), stored.size(),
                    stored.type().name(), (String) model.getAttribute("fileName"), check.rowsTotal(), check.rowsValid(),
                    check.isClean()));
            model.addAttribute("token", token);
        }
        return "batches/preview";
    }

    @PostMapping("/jobs/{jobId}/batches/confirm")
    String confirm(@PathVariable long jobId, @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "false") boolean validRowsOnly, HttpSession session, RedirectAttributes flash) {
        JobFacts job = access.staffJob(jobId);
        Object held = session.getAttribute(PENDING);
        if (!(held instanceof BatchUploads.Pending pending) || !pending.token().equals(token) || pending.jobId() != jobId) {
            flash.addFlashAttribute("notice", "jobio.batch.expired");
            return "redirect:/jobs/" + jobId + "/batches";
        }
        if (!pending.clean() && !validRowsOnly) {
            flash.addFlashAttribute("notice", "jobio.batch.choose-valid-rows");
            return "redirect:/jobs/" + jobId + "/batches";
        }
        session.removeAttribute(PENDING);
        CurrentUser user = access.user();
        BatchFile.Check check = imports.check(job, pending.file());
        if (check.fatal() || check.rowsValid() == 0) {
            flash.addFlashAttribute("notice", "jobio.batch.expired");
            return "redirect:/jobs/" + jobId + "/batches";
        }
        String name = pending.fileName().isBlank() ? pending.sha256().substring(0, 12) : pending.fileName();
        long batchId = imports.start(job, pending.file(), name, check, Optional.of(user.accountId()));
        audit.change("jobio.batch.import", "batch", batchId, null, java.util.Map.of("jobId", jobId, "file", name,
                "sha256", pending.sha256(), "rows", check.rowsValid(), "refused", check.rowsRefused()));
        return "redirect:/batches/" + batchId;
    }

    @GetMapping("/batches/{batchId}")
    String progress(@PathVariable long batchId, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        BatchRepository.BatchProgress batch = batches.find(batchId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        JobFacts job = access.staffJob(batch.jobId());
        model.addAttribute("job", job);
        model.addAttribute("batch", batch);
        return htmx != null ? "batches/progress :: progress" : "batches/progress";
    }

    @PostMapping("/jobs/{jobId}/batches/files")
    String files(@PathVariable long jobId, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model, Locale locale) {
        JobFacts job = access.staffJob(jobId);
        FileItems.Outcome outcome = fileItems.add(job, files == null ? List.of() : files,
                Optional.of(access.user().accountId()));
        outcome.batchId().ifPresent(id -> audit.change("jobio.batch.files", "batch", id, null,
                java.util.Map.of("jobId", jobId, "items", outcome.items())));
        model.addAttribute("job", job);
        model.addAttribute("outcome", outcome);
        model.addAttribute("refusals", outcome.refused().stream()
                .map(r -> new ProblemView(0, r.fileName(), r.code(),
                        messages.getMessage(r.code(), r.args().toArray(), r.code(), locale)))
                .toList());
        return "batches/files";
    }
}
