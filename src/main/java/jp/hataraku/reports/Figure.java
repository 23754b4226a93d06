package jp.hataraku.reports;

import java.util.Optional;

/**
 * One figure of the council report, ready to show in any form: an id (stable, for anchors, sheet
 * names and open-data rows), its title and description in the reader's language, the unit of its
 * numbers, how it is drawn, and its data (categories × series). {@code counts} says the numbers
 * count people, so open data applies small-cell suppression to them. {@code emptyReason} is set
 * instead of data when there is nothing to show yet (a message code: no data, future year …) —
 * never a zero that looks like a fact.
 */
public record Figure(String id, String title, String description, String unit, Kind kind, ChartData data,
        boolean counts, Optional<String> emptyReason) {

    public enum Kind { BARS, LINES }

    public Figure {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("figure id must be lower-case kebab: " + id);
        }
        emptyReason = emptyReason == null ? Optional.empty() : emptyReason;
    }

    public boolean isEmpty() {
        return emptyReason.isPresent() || data.isEmpty();
    }

    /** The chart as accessible SVG (empty when there is nothing to draw). */
    public String svg() {
        if (isEmpty()) {
            return "";
        }
        return kind == Kind.LINES ? SvgChart.lines(id, title, description, data) : SvgChart.bars(id, title, description, data);
    }
}
