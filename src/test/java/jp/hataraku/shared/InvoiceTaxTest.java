package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.hataraku.shared.InvoiceTax.Line;
import jp.hataraku.shared.InvoiceTax.RateTotal;
import jp.hataraku.shared.InvoiceTax.Result;
import jp.hataraku.shared.InvoiceTax.Rounding;
import org.junit.jupiter.api.Test;

/** Worked examples of the qualified-invoice totals (RULES-JP §3). */
class InvoiceTaxTest {

    /**
     * The figures of the National Tax Agency's model qualified invoice (国税庁「適格請求書等保存方式の
     * 概要－インボイス制度の理解のために－」, 適格請求書の記載例): food at the reduced 8 % (marked ※)
     * worth ¥40,000 and other goods at 10 % worth ¥80,000 before tax; consumption tax ¥3,200 and
     * ¥8,000, ¥11,200 in all, ¥131,200 due. The per-rate figures are quoted from memory of that
     * leaflet (to be checked against the current edition); the split into lines is ours.
     */
    @Test
    void the_nta_model_invoice_before_tax() {
        Result r = InvoiceTax.compute(List.of(
                new Line("小麦粉 ※", 5_000, 8),
                new Line("牛肉 ※", 35_000, 8),
                new Line("キッチンペーパー", 2_000, 10),
                new Line("割りばし", 78_000, 10)), false);
        assertThat(r.byRate()).containsExactly(new RateTotal(10, 80_000, 8_000), new RateTotal(8, 40_000, 3_200));
        assertThat(r.totalAmount()).isEqualTo(120_000);
        assertThat(r.totalTax()).isEqualTo(11_200);
        assertThat(r.total()).isEqualTo(131_200);
        assertThat(r.hasReduced()).isTrue();
    }

    /** The same NTA model invoice stated with tax included: 10 % ¥88,000 (tax ¥8,000), 8 % ¥43,200 (tax ¥3,200). */
    @Test
    void the_nta_model_invoice_with_tax_included() {
        Result r = InvoiceTax.compute(List.of(new Line("食料品 ※", 43_200, 8), new Line("雑貨", 88_000, 10)), true);
        assertThat(r.byRate()).containsExactly(new RateTotal(10, 88_000, 8_000), new RateTotal(8, 43_200, 3_200));
        assertThat(r.totalTax()).isEqualTo(11_200);
        assertThat(r.total()).isEqualTo(131_200);
    }

    /** One rounding per rate, never per line: 3 × ¥105 at 10 % is ¥31 of tax, not 3 × ¥10. */
    @Test
    void tax_is_rounded_once_per_rate_not_per_line() {
        List<Line> lines = List.of(new Line("a", 105, 10), new Line("b", 105, 10), new Line("c", 105, 10));
        assertThat(InvoiceTax.compute(lines, false, Rounding.DOWN).totalTax()).isEqualTo(31);
        assertThat(InvoiceTax.compute(lines, false, Rounding.UP).totalTax()).isEqualTo(32);
        assertThat(InvoiceTax.compute(lines, false, Rounding.HALF_UP).totalTax()).isEqualTo(32);
    }

    @Test
    void each_rounding_mode_on_one_amount() {
        assertThat(InvoiceTax.taxOn(1_234, 10, false, Rounding.DOWN)).isEqualTo(123);
        assertThat(InvoiceTax.taxOn(1_234, 10, false, Rounding.UP)).isEqualTo(124);
        assertThat(InvoiceTax.taxOn(1_234, 10, false, Rounding.HALF_UP)).isEqualTo(123);
        assertThat(InvoiceTax.taxOn(1_235, 10, false, Rounding.HALF_UP)).isEqualTo(124);
        // ¥1,000 with 8 % included: 1000 × 8 / 108 = 74.07…
        assertThat(InvoiceTax.taxOn(1_000, 8, true, Rounding.DOWN)).isEqualTo(74);
        assertThat(InvoiceTax.taxOn(1_000, 8, true, Rounding.UP)).isEqualTo(75);
        assertThat(InvoiceTax.taxOn(-1_234, 10, false, Rounding.DOWN)).isEqualTo(-123);
    }

    @Test
    void untaxed_lines_carry_no_tax_and_rates_come_standard_first() {
        Result r = InvoiceTax.compute(List.of(new Line("立替金", 500, 0), new Line("食品", 1_000, 8),
                new Line("作業", 1_000, 10)), false);
        assertThat(r.byRate()).extracting(RateTotal::taxRate).containsExactly(10, 8, 0);
        assertThat(r.byRate().get(2).tax()).isZero();
        assertThat(r.total()).isEqualTo(2_500 + 100 + 80);
    }

    @Test
    void other_rates_are_refused() {
        assertThatThrownBy(() -> new Line("x", 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
