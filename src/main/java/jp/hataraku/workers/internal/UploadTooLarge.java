package jp.hataraku.workers.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A roster beyond the servlet's multipart limit never reaches {@link WorkerImportController} (the request is
 * refused while it is read), so the import page is shown again here with the size message. Other uploads
 * keep the framework's answer (413).
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/workers/import")) {
            throw e;
        }
        RequestContextUtils.getOutputFlashMap(request).put("notice", "workerdata.import.too-large");
        return "redirect:/workers/import";
    }
}
