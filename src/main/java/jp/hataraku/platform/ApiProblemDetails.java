package jp.hataraku.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the JSON API only. Boot's own handler (spring.mvc.problemdetails)
 * answers every MVC error with JSON, so a browser asking for a missing page got JSON instead of
 * the friendly 404 page; with this bean in place Boot's handler backs off, and errors outside
 * REST controllers go through the error pages (HTML for browsers, JSON for other clients).
 */
@ControllerAdvice(annotations = RestController.class)
class ApiProblemDetails extends ResponseEntityExceptionHandler {
}
