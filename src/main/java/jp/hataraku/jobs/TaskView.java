package jp.hataraku.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One task as its worker sees it: the form (template), what to work from (the item's source
 * columns or file), the saved draft, the lease, and a reviewer's comment when it was returned.
 * Gold tasks look exactly like pool tasks: {@code kind} says POOL for both.
 */
public record TaskView(long taskId, long jobId, String jobTitle, TaskKind kind, TaskStatus status,
        TaskTemplate template, Map<String, String> source, Optional<ItemFile> file, Map<String, String> draft,
        int draftRevision, Optional<Instant> leaseUntil, LocalDate dueDate, Optional<String> reviewComment,
        Optional<String> title, Optional<String> instructions, Optional<Integer> estimatedMinutes) {

    /** A file an item is made of: an image, a page of a PDF, an audio clip. */
    public record ItemFile(String sha256, String mediaType, String name, Optional<Integer> page) { }
}
