package jp.hataraku.workers.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A worker that does not exist is a 404 page, one the user may not see a 403 page, on the staff and private-data pages. */
@ControllerAdvice(assignableTypes = {StaffWorkerController.class, MeBankController.class, StaffPrivateDataController.class,
        WorkerExportController.class, WorkerImportController.class})
class WorkerDataErrors {

    @ExceptionHandler(WorkerService.NoSuchWorker.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(WorkerAccess.NotVisible.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
