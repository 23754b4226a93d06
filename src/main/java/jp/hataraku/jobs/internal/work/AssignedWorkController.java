package jp.hataraku.jobs.internal.work;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.jobs.internal.WorkSites;
import jp.hataraku.platform.FileStore;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.Parsed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assignee's timer, typed hours, result files and the director's instruction files. */
@Controller
class AssignedWorkController {

    private final AssignedWork work;
    private final CurrentWorker worker;

    AssignedWorkController(AssignedWork work, CurrentWorker worker) {
        this.work = work;
        this.worker = worker;
    }

    @PostMapping("/tasks/{taskId:\\d+}/time/start")
    String start(@PathVariable("taskId") long id, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", work.start(worker.id(), id, WorkSites.clientAddress(request))
                ? "work.time.started" : "work.time.alreadyRunning");
        return back(id);
    }

    @PostMapping("/tasks/{taskId:\\d+}/time/stop")
    String stop(@PathVariable("taskId") long id, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", work.stop(worker.id(), id) ? "work.time.stopped" : "work.time.notRunning");
        return back(id);
    }

    @PostMapping("/tasks/{taskId:\\d+}/time/manual")
    String manual(@PathVariable("taskId") long id, @RequestParam(defaultValue = "") String workedOn,
            @RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        Parsed<LocalDate> date = FlexibleDateParser.parse(workedOn);
        Integer m = minutes(minutes);
        if (!date.isValid() || m == null || reason.isBlank() || reason.length() > 500) {
            flash.addFlashAttribute("timeError", !date.isValid() ? "work.time.error.date"
                    : m == null ? "work.time.error.minutes" : "work.time.error.reason");
            flash.addFlashAttribute("timeForm", new String[] {workedOn, minutes, reason});
            return back(id) + "#time";
        }
        work.logManual(worker.id(), id, date.value(), m, reason.strip());
        flash.addFlashAttribute("notice", "work.time.logged");
        return back(id);
    }

    @PostMapping("/tasks/{taskId:\\d+}/results")
    String upload(@PathVariable("taskId") long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("fileError", "work.files.error.empty");
            return back(id) + "#results";
        }
        try {
            work.addResult(worker.id(), id, file);
            flash.addFlashAttribute("notice", "work.files.added");
        } catch (FileStore.TooLarge e) {
            flash.addFlashAttribute("fileError", "work.files.error.tooLarge");
        } catch (AssignedWork.UnknownType e) {
            flash.addFlashAttribute("fileError", "work.files.error.type");
        }
        return back(id) + "#results";
    }

    @GetMapping("/tasks/{taskId:\\d+}/attachments/{fileId:\\d+}")
    void attachment(@PathVariable("taskId") long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        AssignedWork.Download d = work.workerFile(worker.id(), id, fileId)
                .orElseThrow(() -> new java.util.NoSuchElementException("file " + fileId));
        send(d, response);
    }

    static void send(AssignedWork.Download d, HttpServletResponse response) throws IOException {
        response.setContentType(d.file().mediaType());
        response.setContentLengthLong(d.file().size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(d.file().name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        try (InputStream in = d.content(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static Integer minutes(String text) {
        try {
            int m = Integer.parseInt(jp.hataraku.shared.JapaneseText.nfkc(text).strip());
            return m >= 1 && m <= 24 * 60 ? m : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String back(long id) {
        return "redirect:/tasks/" + id;
    }
}
