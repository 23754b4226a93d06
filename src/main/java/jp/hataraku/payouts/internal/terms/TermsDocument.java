package jp.hataraku.payouts.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One issued version of a worker's written terms for a job (or one assigned task of it): every
 * item as stated, the rendered text and its hash, and when the worker accepted it.
 */
record TermsDocument(long id, long contractorId, long municipalityId, long workerId, long jobId, Optional<Long> taskId,
        int version, Reason reason, LocalDate orderDate, Instant issuedAt, List<Item> items, String renderedText,
        String contentSha256, Optional<Instant> acceptedAt, boolean latest) {

    enum Reason { JOINED, ASSIGNED, CHANGED, REISSUED }

    /** One item of the document: its key (terms.item.{key} is its label) and the text stated. */
    record Item(String key, String label, String value) { }

    public boolean accepted() {
        return acceptedAt.isPresent();
    }

    /** Awaiting the worker: the version in force, not accepted yet. */
    public boolean pending() {
        return latest && acceptedAt.isEmpty();
    }

    /** The job's or the assignment's title, as the document states it. */
    public String title() {
        return items.stream().filter(i -> i.key().equals(taskId.isPresent() ? "assignment" : "work")).findFirst()
                .map(Item::value).orElse("");
    }
}
