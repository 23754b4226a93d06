package jp.hataraku.payouts.internal;

import java.util.OptionalLong;

import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;

/**
 * The yen a reward source earns under the job's rule. Approved tasks earn per unit ({@code units × yen})
 * or the fixed amount once per task; approved time earns per hour, {@code minutes × yen / 60} rounded
 * up to the whole yen in the worker's favour. A source the rule does not pay for earns nothing.
 */
public final class RewardAmounts {

    private RewardAmounts() {
    }

    /** The reward of one approved task, or empty when the job pays by the hour. */
    public static OptionalLong forTask(RewardRule rule, int units) {
        return switch (rule.model()) {
            case PER_UNIT -> OptionalLong.of(Math.multiplyExact(rule.yen(), (long) Math.max(units, 0)));
            case FIXED -> OptionalLong.of(rule.yen());
            case PER_HOUR -> OptionalLong.empty();
        };
    }

    /** The reward of approved logged minutes, or empty when the job does not pay by the hour. */
    public static OptionalLong forTime(RewardRule rule, int minutes) {
        if (rule.model() != PriceModel.PER_HOUR) {
            return OptionalLong.empty();
        }
        long m = Math.max(minutes, 0);
        return OptionalLong.of(Math.floorDiv(Math.addExact(Math.multiplyExact(m, rule.yen()), 59), 60));
    }
}
