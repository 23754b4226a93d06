package jp.hataraku.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RewardCalculatorProperties {

    static final LocalDate PAID = LocalDate.of(2026, 12, 25);
    final RewardCalculator calculator = RewardCalculator.standard();

    @Provide
    Arbitrary<RewardLine> line() {
        return Combinators.combine(Arbitraries.of(WorkKind.class), Arbitraries.longs().between(0, 3_000_000))
                .as((kind, amount) -> new RewardLine(kind, Yen.of(amount)));
    }

    @Provide
    Arbitrary<Integer> rate() {
        return Arbitraries.of(0, 8, 10);
    }

    @Property
    void net_is_gross_plus_tax_minus_withholding(@ForAll @Size(min = 1, max = 20) List<@From("line") RewardLine> lines,
            @ForAll("rate") int rate) {
        RewardBreakdown b = calculator.calculate(lines, rate, PAID);
        assertThat(b.net()).isEqualTo(b.gross().plus(b.consumptionTax()).minus(b.withholding()));
    }

    @Property
    void gross_is_the_sum_of_the_lines_and_of_the_kinds(@ForAll @Size(min = 1, max = 20) List<@From("line") RewardLine> lines) {
        RewardBreakdown b = calculator.calculate(lines, 10, PAID);
        long sum = lines.stream().mapToLong(l -> l.amount().amount()).sum();
        assertThat(b.gross().amount()).isEqualTo(sum);
        assertThat(b.grossByKind().values().stream().mapToLong(Yen::amount).sum()).isEqualTo(sum);
    }

    @Property
    void consumption_tax_is_rounded_down_once_for_the_payment(
            @ForAll @Size(min = 1, max = 20) List<@From("line") RewardLine> lines, @ForAll("rate") int rate) {
        RewardBreakdown b = calculator.calculate(lines, rate, PAID);
        assertThat(b.consumptionTax().amount()).isEqualTo(b.gross().amount() * rate / 100);
    }

    @Property
    void withholding_is_taken_on_the_subject_kinds_only_and_never_exceeds_the_gross(
            @ForAll @Size(min = 1, max = 20) List<@From("line") RewardLine> lines) {
        RewardBreakdown b = calculator.calculate(lines, 10, PAID);
        long subject = lines.stream().filter(l -> l.kind().withholding()).mapToLong(l -> l.amount().amount()).sum();
        assertThat(b.withholdingBase().amount()).isEqualTo(subject);
        assertThat(b.withholding()).isEqualTo(Withholding.japan().on(Yen.of(subject), PAID));
        assertThat(b.withholding()).isLessThanOrEqualTo(b.gross());
    }

    @Test
    void the_example_of_the_calculations_api() {
        RewardBreakdown b = calculator.calculate(List.of(new RewardLine(WorkKind.WRITING, Yen.of(30_000)),
                new RewardLine(WorkKind.DATA_ENTRY, Yen.of(12_000))), 10, PAID);
        assertThat(b.gross()).isEqualTo(Yen.of(42_000));
        assertThat(b.consumptionTax()).isEqualTo(Yen.of(4_200));
        assertThat(b.withholdingBase()).isEqualTo(Yen.of(30_000));
        assertThat(b.withholding()).isEqualTo(Yen.of(3_063));
        assertThat(b.net()).isEqualTo(Yen.of(43_137));
    }

    @Test
    void transcription_is_not_withheld_but_proofreading_is() {
        RewardBreakdown b = calculator.calculate(List.of(new RewardLine(WorkKind.TRANSCRIPTION, Yen.of(50_000)),
                new RewardLine(WorkKind.PROOFREADING, Yen.of(10_000))), 10, PAID);
        assertThat(b.withholdingBase()).isEqualTo(Yen.of(10_000));
        assertThat(b.withholding()).isEqualTo(Yen.of(1_021));
    }

    @Test
    void a_negative_payment_is_refused() {
        assertThatThrownBy(() -> calculator.calculate(List.of(new RewardLine(WorkKind.WRITING, Yen.of(-1))), 10, PAID))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
