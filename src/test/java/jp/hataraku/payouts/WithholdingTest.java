package jp.hataraku.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.hataraku.shared.Yen;
import org.junit.jupiter.api.Test;

/** The worked examples of RULES-JP §2 and the NTA's own (タックスアンサー No.2795, No.2798). */
class WithholdingTest {

    static final LocalDate PAID = LocalDate.of(2026, 12, 25);
    final Withholding withholding = Withholding.japan();

    @Test
    void a_manuscript_fee_of_100000_yen_withholds_10210_yen() {
        assertThat(withholding.on(Yen.of(100_000), PAID)).isEqualTo(Yen.of(10_210));
    }

    @Test
    void the_nta_example_of_1_5_million_yen_withholds_204200_yen() {
        // (1,500,000 − 1,000,000) × 20.42% + 102,100 = 204,200
        assertThat(withholding.on(Yen.of(1_500_000), PAID)).isEqualTo(Yen.of(204_200));
    }

    @Test
    void exactly_one_million_yen_is_all_at_the_lower_rate() {
        assertThat(withholding.on(Yen.of(1_000_000), PAID)).isEqualTo(Yen.of(102_100));
        assertThat(withholding.on(Yen.of(1_000_001), PAID)).isEqualTo(Yen.of(102_100));
        assertThat(withholding.on(Yen.of(1_000_005), PAID)).isEqualTo(Yen.of(102_101));
    }

    @Test
    void fractions_of_a_yen_are_cut_off() {
        // 33,333 × 10.21% = 3,403.2993
        assertThat(withholding.on(Yen.of(33_333), PAID)).isEqualTo(Yen.of(3_403));
        // 9 × 10.21% = 0.9189
        assertThat(withholding.on(Yen.of(9), PAID)).isEqualTo(Yen.ZERO);
    }

    @Test
    void nothing_is_withheld_from_nothing_or_a_deduction() {
        assertThat(withholding.on(Yen.ZERO, PAID)).isEqualTo(Yen.ZERO);
        assertThat(withholding.on(Yen.of(-5_000), PAID)).isEqualTo(Yen.ZERO);
    }

    @Test
    void the_reconstruction_surtax_ends_with_2037() {
        assertThat(withholding.rateOn(LocalDate.of(2037, 12, 31)).lowerRate()).isEqualTo(1021);
        assertThat(withholding.on(Yen.of(100_000), LocalDate.of(2038, 1, 1))).isEqualTo(Yen.of(10_000));
        assertThat(withholding.on(Yen.of(1_500_000), LocalDate.of(2038, 1, 1))).isEqualTo(Yen.of(200_000));
    }

    @Test
    void a_payment_before_the_schedule_has_no_rate_and_is_refused() {
        assertThatThrownBy(() -> withholding.on(Yen.of(1), LocalDate.of(2012, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
