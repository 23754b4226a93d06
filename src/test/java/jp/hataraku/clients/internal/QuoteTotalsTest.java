package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The qualified-invoice rule (RULES-JP §3): tax once per rate on the rate's total, rounded down. */
class QuoteTotalsTest {

    private static QuoteLine line(long quantity, long price, TaxRate rate) {
        return new QuoteLine("item", quantity, "件", price, rate);
    }

    @Test
    void tax_is_rounded_once_per_rate_not_per_line() {
        // Three lines of 105 yen at 10%: per line 10.5 → 10 each = 30; on the total 315 → 31.
        QuoteTotals totals = QuoteTotals.of(List.of(line(1, 105, TaxRate.STANDARD), line(1, 105, TaxRate.STANDARD),
                line(1, 105, TaxRate.STANDARD)));
        assertThat(totals.tax()).isEqualTo(31);
        assertThat(totals.gross()).isEqualTo(346);
    }

    @Test
    void each_rate_is_totalled_and_taxed_separately() {
        QuoteTotals totals = QuoteTotals.of(List.of(line(3, 1_999, TaxRate.STANDARD), line(2, 999, TaxRate.REDUCED),
                line(1, 1, TaxRate.REDUCED)));
        assertThat(totals.byRate().get(TaxRate.STANDARD)).isEqualTo(new QuoteTotals.RateTotal(TaxRate.STANDARD, 5_997, 599));
        assertThat(totals.byRate().get(TaxRate.REDUCED)).isEqualTo(new QuoteTotals.RateTotal(TaxRate.REDUCED, 1_999, 159));
        assertThat(totals.net()).isEqualTo(7_996);
        assertThat(totals.tax()).isEqualTo(758);
        assertThat(totals.gross()).isEqualTo(8_754);
        assertThat(totals.hasReduced()).isTrue();
    }

    @Test
    void fractions_of_a_yen_are_cut_off() {
        assertThat(QuoteTotals.taxOn(99, TaxRate.STANDARD)).isEqualTo(9);
        assertThat(QuoteTotals.taxOn(99, TaxRate.REDUCED)).isEqualTo(7);
        assertThat(QuoteTotals.taxOn(0, TaxRate.REDUCED)).isZero();
    }

    @Test
    void a_quote_without_lines_totals_zero() {
        QuoteTotals totals = QuoteTotals.of(List.of());
        assertThat(totals.gross()).isZero();
        assertThat(totals.rates()).isEmpty();
    }

    @Test
    void amounts_that_overflow_are_refused() {
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line(Long.MAX_VALUE / 2, 3, TaxRate.STANDARD))))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void a_line_needs_a_description_a_positive_quantity_and_a_price_not_below_zero() {
        assertThatThrownBy(() -> new QuoteLine(" ", 1, "", 1, TaxRate.STANDARD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteLine("x", 0, "", 1, TaxRate.STANDARD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteLine("x", 1, "", -1, TaxRate.STANDARD)).isInstanceOf(IllegalArgumentException.class);
    }
}
