package jp.hataraku.quality.internal;

import java.util.List;

import jp.hataraku.jobs.JobRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The user's words for a refusal: jobs' rule codes (i18n/jobs) and quality's own (i18n/quality). */
@Component
class QualityMessages {

    private final MessageSource messages;

    QualityMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(RuntimeException refusal) {
        if (refusal instanceof JobRuleViolation v) {
            return text(v.code(), v.args());
        }
        if (refusal instanceof QualityRefusal r) {
            return text(r.code(), r.args());
        }
        return text("quality.error.unexpected", List.of());
    }

    String text(String code, List<String> args) {
        return messages.getMessage(code, args.toArray(), code, LocaleContextHolder.getLocale());
    }
}
