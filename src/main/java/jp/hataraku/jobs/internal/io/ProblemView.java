package jp.hataraku.jobs.internal.io;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** A {@link RowProblem} as pages and the API show it: the message in the reader's language. */
public record ProblemView(long row, String column, String code, String message) {

    public static List<ProblemView> of(List<RowProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream().map(p -> new ProblemView(p.row(), p.column(), p.code(),
                messages.getMessage(p.code(), p.messageArgs(), p.code(), locale))).toList();
    }
}
