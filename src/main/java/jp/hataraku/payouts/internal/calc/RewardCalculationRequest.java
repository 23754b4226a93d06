package jp.hataraku.payouts.internal.calc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.payouts.RewardLine;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;
import tools.jackson.databind.JsonNode;

/**
 * A reward calculation request read field by field from JSON, so that every problem names its field
 * ({@code lines[2].amount}) instead of failing on the first: lines of work kind and integer yen,
 * the consumption tax rate (0, 8 or 10), the day the work was received, optionally the payment date
 * and the contractor whose withholding settings apply.
 */
record RewardCalculationRequest(List<RewardLine> lines, int consumptionTaxRate, LocalDate receivedOn,
        Optional<LocalDate> paymentDate, Optional<Long> contractorId) {

    static final int MAX_LINES = 10_000;
    static final List<Integer> RATES = List.of(0, 8, 10);

    /** The request, or the problems found (message codes of {@code i18n/money}). */
    static Parsed parse(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            errors.add(error("body", "money.api.body"));
            return new Parsed(Optional.empty(), errors);
        }
        List<RewardLine> lines = new ArrayList<>();
        JsonNode linesNode = body.get("lines");
        if (linesNode == null || !linesNode.isArray() || linesNode.isEmpty()) {
            errors.add(error("lines", "money.api.lines.required"));
        } else if (linesNode.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "money.api.lines.tooMany", List.of(String.valueOf(MAX_LINES))));
        } else {
            for (int i = 0; i < linesNode.size(); i++) {
                JsonNode line = linesNode.get(i);
                String at = "lines[" + i + "]";
                if (!line.isObject()) {
                    errors.add(error(at, "money.api.line.object"));
                    continue;
                }
                Optional<WorkKind> kind = workKind(line.get("workKind"));
                if (kind.isEmpty()) {
                    errors.add(error(at + ".workKind", "money.api.workKind"));
                }
                Optional<Long> amount = Money.wholeYen(line.get("amount"));
                if (amount.isEmpty()) {
                    errors.add(error(at + ".amount", "money.api.amount"));
                }
                if (kind.isPresent() && amount.isPresent()) {
                    lines.add(new RewardLine(kind.get(), Yen.of(amount.get())));
                }
            }
        }
        JsonNode rateNode = body.get("consumptionTaxRate");
        Optional<Long> rate = rateNode != null && rateNode.isIntegralNumber() && rateNode.canConvertToLong()
                ? Optional.of(rateNode.asLong()) : Optional.<Long>empty();
        if (rate.isEmpty() || !RATES.contains(rate.get().intValue())) {
            errors.add(error("consumptionTaxRate", "money.api.consumptionTaxRate"));
        }
        Optional<LocalDate> received = date(body.get("receivedOn"));
        if (received.isEmpty()) {
            errors.add(error("receivedOn", "money.api.receivedOn"));
        }
        Optional<LocalDate> paymentDate = Optional.empty();
        JsonNode paymentNode = body.get("paymentDate");
        if (paymentNode != null && !paymentNode.isNull()) {
            paymentDate = date(paymentNode);
            if (paymentDate.isEmpty()) {
                errors.add(error("paymentDate", "money.api.paymentDate"));
            } else if (received.isPresent() && paymentDate.get().isBefore(received.get())) {
                errors.add(error("paymentDate", "money.api.paymentDate.beforeReceipt"));
            }
        }
        Optional<Long> contractorId = Optional.empty();
        JsonNode contractorNode = body.get("contractorId");
        if (contractorNode != null && !contractorNode.isNull()) {
            contractorId = contractorNode.isIntegralNumber() && contractorNode.canConvertToLong() && contractorNode.asLong() > 0
                    ? Optional.of(contractorNode.asLong()) : Optional.empty();
            if (contractorId.isEmpty()) {
                errors.add(error("contractorId", "money.api.contractorId"));
            }
        }
        if (errors.isEmpty() && lines.stream().mapToLong(l -> l.amount().amount()).sum() < 0) {
            errors.add(error("lines", "money.api.negative"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(Optional.empty(), errors);
        }
        return new Parsed(Optional.of(new RewardCalculationRequest(lines, rate.get().intValue(), received.get(),
                paymentDate, contractorId)), List.of());
    }

    record Parsed(Optional<RewardCalculationRequest> request, List<FieldError> errors) {
    }

    private static Optional<WorkKind> workKind(JsonNode node) {
        if (node == null || !node.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WorkKind.valueOf(node.asString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(JsonNode node) {
        if (node == null || !node.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static FieldError error(String field, String code) {
        return new FieldError(field, code, List.of());
    }
}
