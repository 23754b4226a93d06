package jp.hataraku.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hataraku.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * An API request refused field by field, as RFC 9457 problem details: status 400, the first
 * field and its message as {@code detail}, and {@code errors[]} naming every field with its
 * message code and text in the caller's language.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** A 400 answer for {@code errors} (not empty); {@code type} becomes {@code urn:hataraku:problem:<type>}. */
    public static ResponseEntity<ProblemDetail> badRequest(String type, List<FieldError> errors,
            MessageSource messages, Locale locale) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one field");
        }
        List<Map<String, String>> list = errors.stream()
                .map(e -> Map.of("field", e.field(), "code", e.code(),
                        "message", messages.getMessage(e.code(), e.argArray(), e.code(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                list.get(0).get("field") + ": " + list.get(0).get("message"));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setType(URI.create("urn:hataraku:problem:" + type));
        problem.setProperty("errors", list);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
