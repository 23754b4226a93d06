package jp.hataraku.payouts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.hataraku.shared.Yen;

/**
 * The transitional input-tax credit on purchases from suppliers not registered for qualified
 * invoices (RULES-JP §3): the share of the consumption tax paid to them that the contractor may
 * still credit, by the date of the purchase. The percentages changed by law and may change again,
 * so the schedule is dated data an administrator keeps (each step with its legal source); this class
 * only reads it. A step runs from its date until the next step's; before the first step nothing is
 * known and nothing is answered.
 */
public final class TransitionalCredit {

    /** One step: from {@code validFrom}, {@code percent} of the tax may be credited; {@code source} says why. */
    public record Step(LocalDate validFrom, int percent, String source) {
        public Step {
            if (validFrom == null || source == null || source.isBlank()) {
                throw new IllegalArgumentException("a step needs a date and its source");
            }
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent is 0..100");
            }
        }
    }

    private final List<Step> steps;

    public TransitionalCredit(List<Step> steps) {
        this.steps = steps.stream().sorted(Comparator.comparing(Step::validFrom)).toList();
        for (int i = 1; i < this.steps.size(); i++) {
            if (this.steps.get(i).validFrom().equals(this.steps.get(i - 1).validFrom())) {
                throw new IllegalArgumentException("two steps on " + this.steps.get(i).validFrom());
            }
        }
    }

    public List<Step> steps() {
        return steps;
    }

    /** The step in force on {@code date}, if the schedule reaches back that far. */
    public Optional<Step> on(LocalDate date) {
        Step found = null;
        for (Step step : steps) {
            if (step.validFrom().isAfter(date)) {
                break;
            }
            found = step;
        }
        return Optional.ofNullable(found);
    }

    /** The creditable share of {@code tax} paid on {@code date}: tax × percent ÷ 100, fractions cut off. */
    public Optional<Yen> creditable(Yen tax, LocalDate date) {
        return on(date).map(step -> Yen.of(Math.multiplyExact(tax.amount(), step.percent()) / 100));
    }
}
