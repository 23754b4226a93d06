package jp.hataraku.quality.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** On the quality pages: an unknown job, item or task is the 404 page, someone else's job the 403 page. */
@ControllerAdvice(assignableTypes = {ReviewController.class, AdjudicationController.class, SamplingController.class,
        QualityReportController.class, FieldSettingsController.class})
class QualityPageErrors {

    @ExceptionHandler(JobAccess.NoSuchJob.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(JobAccess.NotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
