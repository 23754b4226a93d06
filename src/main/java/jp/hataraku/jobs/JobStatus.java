package jp.hataraku.jobs;

import java.util.EnumSet;
import java.util.Set;

/**
 * A job's lifecycle: DRAFT → OPEN → IN_PROGRESS → DELIVERED → ACCEPTED → CLOSED, or CANCELLED.
 * A rejected delivery, or a further batch after one was accepted, puts the job back in progress.
 */
public enum JobStatus {
    DRAFT, OPEN, IN_PROGRESS, DELIVERED, ACCEPTED, CLOSED, CANCELLED;

    public Set<JobStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DELIVERED, CANCELLED);
            case DELIVERED -> EnumSet.of(ACCEPTED, IN_PROGRESS, CANCELLED);
            case ACCEPTED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    public boolean canBecome(JobStatus target) {
        return next().contains(target);
    }

    /** Whether workers may claim and submit tasks of a job in this state. */
    public boolean isWorkable() {
        return this == OPEN || this == IN_PROGRESS || this == DELIVERED || this == ACCEPTED;
    }
}
