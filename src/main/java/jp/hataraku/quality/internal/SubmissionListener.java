package jp.hataraku.quality.internal;

import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears every hand-in after its transaction committed, asynchronously and through the event
 * publication registry (so a failure is retried): gold tasks are scored, pool items compared once
 * all their overlap results are in. Both steps are idempotent, so a repeated delivery is harmless.
 */
@Component
class SubmissionListener {

    private final DoubleEntry doubleEntry;
    private final GoldScoring gold;

    SubmissionListener(DoubleEntry doubleEntry, GoldScoring gold) {
        this.doubleEntry = doubleEntry;
        this.gold = gold;
    }

    @ApplicationModuleListener
    void on(TaskSubmitted event) {
        if (event.itemId().isEmpty()) {
            return; // an assigned task: reviewed by a person, nothing to compare
        }
        if (event.kind() == TaskKind.GOLD) {
            gold.score(event);
        } else if (event.kind() == TaskKind.POOL) {
            doubleEntry.compare(event.itemId().get());
        }
    }
}
