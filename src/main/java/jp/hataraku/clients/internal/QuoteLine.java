package jp.hataraku.clients.internal;

/** One line of a quote: integer quantity × unit price in yen, taxed at one rate. */
record QuoteLine(String description, long quantity, String unit, long unitPrice, TaxRate taxRate) {

    QuoteLine {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a line needs a description");
        }
        if (quantity <= 0 || unitPrice < 0) {
            throw new IllegalArgumentException("quantity must be positive and the unit price not negative");
        }
        if (taxRate == null) {
            throw new IllegalArgumentException("a line needs a tax rate");
        }
        unit = unit == null ? "" : unit;
    }

    /** The line's amount before tax; overflow throws. */
    public long amount() {
        return Math.multiplyExact(quantity, unitPrice);
    }
}
