package jp.hataraku.jobs;

import java.util.Optional;

/**
 * A team member asked to work on a job (or an assigned task) whose written terms they have not
 * accepted yet: refused (403) with a link to their terms. A kind of {@link NotOnTeam} so that every
 * handler that refuses outsiders refuses this too.
 */
public class TermsNotAccepted extends NotOnTeam {

    private final long jobId;
    private final Optional<Long> taskId;

    public TermsNotAccepted(long jobId, Optional<Long> taskId) {
        super(jobId);
        this.jobId = jobId;
        this.taskId = taskId;
    }

    public long jobId() {
        return jobId;
    }

    /** The assigned task whose own terms are pending; empty when the job's terms are. */
    public Optional<Long> taskId() {
        return taskId;
    }
}
