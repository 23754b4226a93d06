package jp.hataraku.jobs;

import java.time.Instant;
import java.util.List;

import jp.hataraku.shared.FieldError;

/** What became of a submit. Only {@link Accepted} hands work in; every other outcome keeps the draft. */
public sealed interface SubmitOutcome {

    /** Handed in. {@code repeated}: this submit key was seen before (a double click or a retry). */
    record Accepted(long submissionId, boolean repeated) implements SubmitOutcome { }

    /** Some values break the template's rules; the draft keeps what was typed. */
    record Invalid(List<FieldError> errors) implements SubmitOutcome { }

    /**
     * The lease ran out before the submit. When the task was still free it is leased to the
     * worker again until {@code leaseUntil} ({@code reLeased}); otherwise someone else has it.
     */
    record LeaseExpired(boolean reLeased, Instant leaseUntil) implements SubmitOutcome { }

    /** Already handed in (another tab or device won). */
    record AlreadySubmitted() implements SubmitOutcome { }

    /** The job stopped taking work (cancelled or closed). */
    record JobNotWorkable() implements SubmitOutcome { }
}
