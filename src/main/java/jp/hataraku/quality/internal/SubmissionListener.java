package jp.hataraku.quality.internal;

import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskSubmitted;
import jp.hataraku.platform.RelaxedCommit;
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
    private final RelaxedCommit relaxedCommit;

    SubmissionListener(DoubleEntry doubleEntry, GoldScoring gold, RelaxedCommit relaxedCommit) {
        this.doubleEntry = doubleEntry;
        this.gold = gold;
        this.relaxedCommit = relaxedCommit;
    }

    @ApplicationModuleListener
    void on(TaskSubmitted event) {
        // the outbox keeps the event until its completion is committed after this: RelaxedCommit
        relaxedCommit.forThisTransaction();
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
