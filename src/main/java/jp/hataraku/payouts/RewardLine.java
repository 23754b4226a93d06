package jp.hataraku.payouts;

import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;

/** An amount of reward for one kind of work, in yen before consumption tax (negative for a deduction). */
public record RewardLine(WorkKind kind, Yen amount) {

    public RewardLine {
        if (kind == null || amount == null) {
            throw new IllegalArgumentException("kind and amount are required");
        }
    }
}
