package jp.hataraku.jobs.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.jobs.NotOnTeam;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.jobs.Tasks;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The file a task's item is made of (an image, a PDF page's document, an audio clip), for the
 * worker holding the task: {@link Tasks#view} decides, so only team members get it; anybody else
 * gets 403 and an audit line. Served inline, never cached, with the type found from its bytes.
 */
@Controller
class TaskFileController {

    private final Tasks tasks;
    private final Accounts accounts;
    private final Audit audit;
    private final jp.hataraku.platform.FileStore files;
    private final JdbcClient jdbc;

    TaskFileController(Tasks tasks, Accounts accounts, Audit audit, jp.hataraku.platform.FileStore files, JdbcClient jdbc) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.audit = audit;
        this.files = files;
        this.jdbc = jdbc;
    }

    @GetMapping("/tasks/{taskId}/file")
    void file(@PathVariable long taskId, HttpServletResponse response) throws IOException {
        CurrentUser user = accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        boolean hasFile = jdbc.sql("""
                SELECT count(*) FROM task t JOIN item i ON i.id = t.item_id
                WHERE t.id = :task AND i.file_sha256 IS NOT NULL
                """).param("task", taskId).query(Long.class).single() > 0;
        if (!hasFile) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (user.workerId().isEmpty()) {
            throw denied(taskId);
        }
        TaskView view;
        try {
            view = tasks.view(user.workerId().get(), taskId);
        } catch (NotOnTeam e) {
            throw denied(taskId);
        }
        TaskView.ItemFile file = view.file().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (InputStream in = files.open(file.sha256())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))) {
            response.setContentType(file.mediaType());
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.inline()
                    .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }

    private ResponseStatusException denied(long taskId) {
        audit.event("jobio.task-file.denied", "task " + taskId);
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
