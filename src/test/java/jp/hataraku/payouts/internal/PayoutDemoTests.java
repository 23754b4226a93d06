package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo loader's pay data: loaded inside its transaction, last month confirmed after the commit. */
@SpringBootTest
class PayoutDemoTests {

    @Autowired
    PayoutDemo demo;
    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    Payouts payouts;
    @Autowired
    ClosingQueries queries;
    @Autowired
    TokyoClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void last_month_is_confirmed_with_a_purchase_statement_for_the_first_worker() throws Exception {
        PayoutFixtures.Place place = fixtures.place();
        List<Long> workers = List.of(fixtures.worker(place.town()), fixtures.worker(place.town()),
                fixtures.worker(place.town()));
        new TransactionTemplate(transactions).executeWithoutResult(s -> demo.load(place.contractor(), workers, 0));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (payouts.confirmedPeriods(place.contractor()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        PayPeriodSummary p = payouts.confirmedPeriods(place.contractor()).get(0);
        assertThat(p.month()).isEqualTo(YearMonth.from(clock.today()).minusMonths(1));
        assertThat(p.workerCount()).isEqualTo(3);
        // demo worker: 3 × 8,000 writing + 150 min at 1,100/h (2,750) + a 2,000 bonus
        assertThat(queries.notice(p.id(), workers.get(0))).hasValueSatisfying(n -> {
            assertThat(n.gross()).isEqualTo(24_000 + 2_750 + 2_000);
            assertThat(n.registrationNumber()).hasValue(PayoutDemo.DEMO_REGISTRATION);
            assertThat(n.withholding()).isEqualTo(26_000 * 1021 / 10_000);
        });
        assertThat(queries.notice(p.id(), workers.get(1))).hasValueSatisfying(n -> assertThat(n.registered()).isFalse());
    }
}
