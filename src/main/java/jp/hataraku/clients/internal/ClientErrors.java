package jp.hataraku.clients.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A client, lead or agreement that does not exist is a 404 page; one the user may not see a 403 page. */
@ControllerAdvice(assignableTypes = {ClientController.class, AgreementController.class, QuoteController.class,
        LeadController.class, PortalController.class})
class ClientErrors {

    @ExceptionHandler(ClientService.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(ClientAccess.NotVisible.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
