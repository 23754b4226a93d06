package jp.hataraku.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An item's submitted results, for quality to compare (double entry) or score (gold). */
public record ItemResults(long itemId, long jobId, long batchId, TaskTemplate template, int overlap,
        Optional<Map<String, String>> goldAnswer, List<Result> results) {

    public record Result(long taskId, long submissionId, long workerId, TaskKind kind, Map<String, String> values) { }

    public boolean isGold() {
        return goldAnswer.isPresent();
    }
}
