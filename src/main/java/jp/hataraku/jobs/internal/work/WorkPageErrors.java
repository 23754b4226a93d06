package jp.hataraku.jobs.internal.work;

import java.util.NoSuchElementException;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.NotOnTeam;
import org.springframework.core.annotation.Order;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The pages of this package refuse work outside the worker's teams with the 403 page and keep a
 * line in the audit log; a task or file that does not exist is the 404 page.
 */
@ControllerAdvice(assignableTypes = {MyWorkController.class, TaskPageController.class,
        AssignedWorkController.class, AssignmentsController.class, PdfPageController.class})
@Order(0)
class WorkPageErrors {

    private final Audit audit;
    private final TaskFileRepository tasks;
    private final jp.hataraku.jobs.Jobs jobs;
    private final CurrentWorker worker;

    WorkPageErrors(Audit audit, TaskFileRepository tasks, jp.hataraku.jobs.Jobs jobs, CurrentWorker worker) {
        this.audit = audit;
        this.tasks = tasks;
        this.jobs = jobs;
        this.worker = worker;
    }

    /** A team member whose written terms are pending: told so, with the way to their terms. */
    @ExceptionHandler(jp.hataraku.jobs.TermsNotAccepted.class)
    String termsNotAccepted(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "work/terms-pending";
    }

    @ExceptionHandler(NotOnTeam.class)
    String notOnTeam(NotOnTeam e, HttpServletRequest request, HttpServletResponse response) {
        Optional<TaskRef> task = task(request, tasks);
        if (task.isPresent() && task.get().id() == 0) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        if (task.isPresent() && task.get().kind() != jp.hataraku.jobs.TaskKind.ASSIGNED && request.isUserInRole("WORKER")
                && jobs.isMember(task.get().jobId(), worker.id())) {
            // on the team, but the task went to someone else when the lease ran out
            response.setStatus(HttpStatus.CONFLICT.value());
            return "work/not-yours";
        }
        audit.event("TASK_ACCESS_REFUSED", request.getMethod() + " " + request.getRequestURI() + ": " + e.getMessage());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "error/403";
    }

    /**
     * Tasks answers NotOnTeam for a task that does not exist too; that is a 404 for everyone,
     * looked up only on this refusal path so that the calls that succeed pay nothing for it.
     */
    static boolean missingTask(HttpServletRequest request, TaskFileRepository tasks) {
        return task(request, tasks).map(t -> t.id() == 0).orElse(false);
    }

    /**
     * The task named by the path's {id}: empty when the path names none, a task with id 0 when
     * no such task exists.
     */
    static Optional<TaskRef> task(HttpServletRequest request, TaskFileRepository tasks) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("taskId") instanceof String id && id.matches("\\d{1,18}")) {
            return Optional.of(tasks.task(Long.parseLong(id))
                    .orElse(new TaskRef(0, 0, 0, jp.hataraku.jobs.TaskKind.POOL, jp.hataraku.jobs.TaskStatus.OPEN,
                            Optional.empty())));
        }
        return Optional.empty();
    }

    @ExceptionHandler(CurrentWorker.NoWorkerRecord.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noWorker() {
        return "error/403";
    }

    @ExceptionHandler({NoSuchElementException.class, EmptyResultDataAccessException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
