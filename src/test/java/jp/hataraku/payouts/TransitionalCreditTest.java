package jp.hataraku.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.hataraku.shared.Yen;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TransitionalCreditTest {

    /** The schedule of RULES-JP §3 as the FY2026 reform outline has it. */
    static final TransitionalCredit SCHEDULE = new TransitionalCredit(List.of(
            new TransitionalCredit.Step(LocalDate.of(2026, 10, 1), 70, "令和8年度税制改正大綱"),
            new TransitionalCredit.Step(LocalDate.of(2023, 10, 1), 80, "平成28年改正法附則52条"),
            new TransitionalCredit.Step(LocalDate.of(2028, 10, 1), 50, "令和8年度税制改正大綱"),
            new TransitionalCredit.Step(LocalDate.of(2030, 10, 1), 30, "令和8年度税制改正大綱"),
            new TransitionalCredit.Step(LocalDate.of(2031, 10, 1), 0, "令和8年度税制改正大綱")));

    @Test
    void each_step_runs_until_the_next_one() {
        assertThat(SCHEDULE.on(LocalDate.of(2026, 9, 30)).orElseThrow().percent()).isEqualTo(80);
        assertThat(SCHEDULE.on(LocalDate.of(2026, 10, 1)).orElseThrow().percent()).isEqualTo(70);
        assertThat(SCHEDULE.on(LocalDate.of(2028, 9, 30)).orElseThrow().percent()).isEqualTo(70);
        assertThat(SCHEDULE.on(LocalDate.of(2030, 10, 1)).orElseThrow().percent()).isEqualTo(30);
        assertThat(SCHEDULE.on(LocalDate.of(2040, 1, 1)).orElseThrow().percent()).isZero();
    }

    @Test
    void before_the_schedule_nothing_is_answered() {
        assertThat(SCHEDULE.on(LocalDate.of(2023, 9, 30))).isEmpty();
        assertThat(SCHEDULE.creditable(Yen.of(1_000), LocalDate.of(2023, 9, 30))).isEmpty();
    }

    @Test
    void the_creditable_share_is_cut_off_to_the_yen() {
        // ¥1,234 of tax paid on 2026-11-25 at 70%: 863.8 → 863
        assertThat(SCHEDULE.creditable(Yen.of(1_234), LocalDate.of(2026, 11, 25))).contains(Yen.of(863));
    }

    @Test
    void two_steps_on_one_day_are_refused() {
        assertThatThrownBy(() -> new TransitionalCredit(List.of(
                new TransitionalCredit.Step(LocalDate.of(2026, 10, 1), 70, "a"),
                new TransitionalCredit.Step(LocalDate.of(2026, 10, 1), 50, "b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_share_never_exceeds_the_tax(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long tax,
            @ForAll @IntRange(min = 0, max = 4000) int day) {
        LocalDate date = LocalDate.of(2023, 10, 1).plusDays(day);
        long share = SCHEDULE.creditable(Yen.of(tax), date).orElseThrow().amount();
        assertThat(share).isBetween(0L, tax);
        assertThat(share).isEqualTo(tax * SCHEDULE.on(date).orElseThrow().percent() / 100);
    }
}
