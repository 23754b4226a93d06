package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.payouts.PaymentDeadline;
import jp.hataraku.workers.WorkKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RewardAmountsTest {

    @Test
    void per_unit_fixed_and_hourly_rules() {
        assertThat(RewardAmounts.forTask(new RewardRule(PriceModel.PER_UNIT, 30), 3)).hasValue(90);
        assertThat(RewardAmounts.forTask(new RewardRule(PriceModel.FIXED, 5000), 1)).hasValue(5000);
        assertThat(RewardAmounts.forTask(new RewardRule(PriceModel.PER_HOUR, 1200), 1)).isEmpty();
        assertThat(RewardAmounts.forTime(new RewardRule(PriceModel.PER_UNIT, 30), 60)).isEmpty();
        // 50 minutes at 1,000 yen an hour = 833.33… → 834 (rounded up, in the worker's favour)
        assertThat(RewardAmounts.forTime(new RewardRule(PriceModel.PER_HOUR, 1000), 50)).hasValue(834);
        assertThat(RewardAmounts.forTime(new RewardRule(PriceModel.PER_HOUR, 1200), 90)).hasValue(1800);
    }

    @Property
    void hourly_reward_is_the_exact_amount_rounded_up(@ForAll @IntRange(min = 0, max = 100_000) int minutes,
            @ForAll @LongRange(min = 0, max = 1_000_000) long yen) {
        long got = RewardAmounts.forTime(new RewardRule(PriceModel.PER_HOUR, yen), minutes).orElseThrow();
        long times60 = minutes * yen;
        assertThat(got * 60).isGreaterThanOrEqualTo(times60);
        assertThat((got - 1) * 60).isLessThan(times60 == 0 ? 1 : times60);
    }

    @Property
    void every_allowed_payment_day_meets_the_deadline_of_work_received_in_the_closed_month(
            @ForAll @IntRange(min = 2025, max = 2030) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = PayoutSettings.LATEST_PAYMENT_DAY) int day) {
        YearMonth m = YearMonth.of(year, month);
        LocalDate pay = PayoutSettings.paymentDate(m, day);
        assertThat(PaymentDeadline.meets(pay, m.atDay(1))).isTrue();
    }

    @Test
    void a_day_after_the_29th_could_miss_the_deadline() {
        // work received on 1 July reaches its 60th day on 29 August
        assertThat(PaymentDeadline.latestFor(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 8, 29));
        assertThat(PaymentDeadline.meets(LocalDate.of(2026, 8, 30), LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void payment_date_moves_earlier_to_a_bank_business_day() {
        // 2026-11-23 is Labour Thanksgiving Day (a Monday): paid on Friday 2026-11-20
        assertThat(PayoutSettings.paymentDate(YearMonth.of(2026, 10), 23)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(PayoutSettings.paymentDate(YearMonth.of(2026, 10), 25)).isEqualTo(LocalDate.of(2026, 11, 25));
        // February has no 29th in 2027: the 28th is a Sunday, so Friday the 26th
        assertThat(PayoutSettings.paymentDate(YearMonth.of(2027, 1), 29)).isEqualTo(LocalDate.of(2027, 2, 26));
    }

    @Property
    void withholding_allocation_adds_up_and_goes_only_to_subject_kinds(
            @ForAll @LongRange(min = 0, max = 5_000_000) long withheld, @ForAll @LongRange(min = -50_000, max = 3_000_000) long writing,
            @ForAll @LongRange(min = -50_000, max = 3_000_000) long design, @ForAll @LongRange(min = 0, max = 3_000_000) long entry) {
        Map<WorkKind, Long> gross = new EnumMap<>(WorkKind.class);
        gross.put(WorkKind.WRITING, writing);
        gross.put(WorkKind.WEB_DESIGN, design);
        gross.put(WorkKind.DATA_ENTRY, entry);
        Map<WorkKind, Long> out = Closing.allocate(withheld, gross, WorkKind::withholding);
        assertThat(out).doesNotContainKey(WorkKind.DATA_ENTRY);
        assertThat(out.values()).allSatisfy(v -> assertThat(v).isNotNegative());
        if (writing > 0 || design > 0) {
            assertThat(out.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(withheld);
        } else {
            assertThat(out).isEmpty();
        }
    }

    @Test
    void allocation_in_proportion_with_the_remainder_on_the_largest() {
        Map<WorkKind, Long> gross = new EnumMap<>(WorkKind.class);
        gross.put(WorkKind.WRITING, 20_000L);
        gross.put(WorkKind.WEB_DESIGN, 10_000L);
        gross.put(WorkKind.DATA_ENTRY, 50_000L);
        // 30,000 × 10.21% = 3,063 → 2,042 / 1,021, and nothing on data entry
        Map<WorkKind, Long> out = Closing.allocate(3063, gross, WorkKind::withholding);
        assertThat(out).containsEntry(WorkKind.WRITING, 2042L).containsEntry(WorkKind.WEB_DESIGN, 1021L).hasSize(2);
        Map<WorkKind, Long> odd = Closing.allocate(10, Map.of(WorkKind.WRITING, 1L, WorkKind.WEB_DESIGN, 2L), k -> true);
        assertThat(odd).containsEntry(WorkKind.WRITING, 3L).containsEntry(WorkKind.WEB_DESIGN, 7L);
    }
}
