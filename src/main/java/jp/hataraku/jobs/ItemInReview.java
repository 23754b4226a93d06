package jp.hataraku.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pool item whose results are in (COMPLETE, ADJUDICATION or CHECKED) with its pool tasks that
 * still wait for review ({@code submitted}: each a SUBMITTED task with its pending result), for
 * the quality module's queues. {@code finalValues}: the settled values once CHECKED.
 */
public record ItemInReview(long itemId, long batchId, String batchName, long seq, ItemStatus status,
        Optional<Map<String, String>> finalValues, List<ItemResults.Result> submitted) {

    public ItemInReview {
        finalValues = finalValues == null ? Optional.empty() : finalValues;
        submitted = List.copyOf(submitted);
    }
}
