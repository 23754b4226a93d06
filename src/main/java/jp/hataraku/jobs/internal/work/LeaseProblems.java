package jp.hataraku.jobs.internal.work;

import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.NotOnTeam;

/**
 * Saving a draft or renewing a lease is refused when the worker no longer holds the task (the
 * lease ran out and someone else took it, or it was handed in from another tab): the page says
 * so and keeps what was typed in the browser, instead of an error page.
 */
final class LeaseProblems {

    private LeaseProblems() {
    }

    static boolean isLeaseProblem(RuntimeException e) {
        return !(e instanceof NotOnTeam) && (e instanceof JobRuleViolation || e instanceof IllegalStateException);
    }
}
