package jp.hataraku.payouts.internal.calc;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** Reading money from JSON: integer yen only — never a fraction, a float or a string of digits. */
final class Money {

    /** The largest amount accepted: a trillion yen, far above any payment and far below overflow. */
    static final long LIMIT = 1_000_000_000_000L;

    private Money() {
    }

    static Optional<Long> wholeYen(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            return Optional.empty();
        }
        long value = node.asLong();
        return Math.abs(value) <= LIMIT ? Optional.of(value) : Optional.empty();
    }
}
