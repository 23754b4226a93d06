package jp.hataraku.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A job's quality figures for the director and the client: how many reviewed items had errors,
 * how often double entry agreed, and κ for each choice field that was double-entered.
 *
 * @param errors              items with errors found out of items reviewed
 * @param agreement           fields agreed out of fields compared in double entry
 * @param kappaPerChoiceField κ per choice field name, in the order given; a field with no
 *                            double-entered items is absent rather than shown as a number
 */
public record QualityReport(Rate errors, Rate agreement, Map<String, Kappa> kappaPerChoiceField) {

    public QualityReport {
        Objects.requireNonNull(errors);
        Objects.requireNonNull(agreement);
        kappaPerChoiceField = Collections.unmodifiableMap(new LinkedHashMap<>(kappaPerChoiceField));
    }

    public static QualityReport of(long errorsFound, long itemsReviewed, long fieldsAgreed, long fieldsCompared,
            Map<String, Kappa> kappaPerChoiceField) {
        return new QualityReport(Rate.of(errorsFound, itemsReviewed), Rate.of(fieldsAgreed, fieldsCompared),
                kappaPerChoiceField);
    }

    /** Errors found / items reviewed: "1.3%", or "—" when nothing was reviewed. */
    public String errorRate() {
        return errors.percent();
    }

    /** Fields agreed / fields compared: "98.0%", or "—" with no double entry. */
    public String agreementRate() {
        return agreement.percent();
    }

    /** κ of a choice field with two decimals, or "—" when the field has none. */
    public String kappa(String field) {
        Kappa kappa = kappaPerChoiceField.get(field);
        return kappa == null ? Rate.UNKNOWN : kappa.format();
    }
}
