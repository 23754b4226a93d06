package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.payouts.PayPeriodConfirmed;
import jp.hataraku.payouts.RewardRecorded;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Payouts says when a reward line is recorded (once per source, adjustments too) and when a period is confirmed. */
@SpringBootTest
@RecordApplicationEvents
class PayoutEventsTests {

    static final Instant NOVEMBER_10 = OffsetDateTime.of(2026, 11, 10, 10, 0, 0, 0, ZoneOffset.ofHours(9)).toInstant();

    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    RewardLedger ledger;
    @Autowired
    Closing closing;
    @Autowired
    TokyoClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recorded_rewards_and_a_confirmed_period_are_published() {
        clock.setFixed(NOVEMBER_10);
        PayoutFixtures.Place place = fixtures.place();
        long w = fixtures.registeredWorker(place.town());
        TaskApproved task = PayoutFixtures.task(place, w, WorkKind.WRITING, 10_000, LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 9));
        events.clear();
        assertThat(ledger.taskApproved(task)).isTrue();
        assertThat(ledger.taskApproved(task)).as("a repeated approval records nothing").isFalse();
        assertThat(events.stream(RewardRecorded.class))
                .containsExactly(new RewardRecorded(place.contractor(), place.town(), w, LocalDate.of(2026, 10, 9)));

        events.clear();
        RewardLedger.Result adjustment = ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), w,
                null, WorkKind.WRITING, 500L, "調整"), 0);
        assertThat(adjustment.errors()).isEmpty();
        assertThat(events.stream(RewardRecorded.class))
                .containsExactly(new RewardRecorded(place.contractor(), place.town(), w, LocalDate.of(2026, 11, 10)));

        YearMonth october = YearMonth.of(2026, 10);
        long period = closing.openPeriod(place.contractor(), october);
        closing.runNow(period, 0);
        events.clear();
        closing.confirm(period, 0);
        assertThat(events.stream(PayPeriodConfirmed.class)).singleElement().satisfies(e -> {
            assertThat(e.periodId()).isEqualTo(period);
            assertThat(e.contractorId()).isEqualTo(place.contractor());
            assertThat(e.month()).isEqualTo(october);
        });
    }
}
