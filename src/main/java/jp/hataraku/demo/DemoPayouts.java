package jp.hataraku.demo;

import java.util.List;

import jp.hataraku.payouts.internal.PayoutDemo;
import org.springframework.stereotype.Component;

/**
 * Demo pay: last month's approved work for the demo worker and two others, a bonus, and last
 * month's pay period closed and confirmed, so that the demo worker (worker@demo.hataraku.jp) sees a
 * payment notice under /me/payments and staff see a confirmed period.
 */
@Component
class DemoPayouts {

    private final PayoutDemo payouts;

    DemoPayouts(PayoutDemo payouts) {
        this.payouts = payouts;
    }

    void load(long contractor, List<Long> activeWorkers, long staffAccountId) {
        payouts.load(contractor, activeWorkers, staffAccountId);
    }
}
