package jp.hataraku.reports;

import java.util.List;

/**
 * What a chart shows: categories along the x axis (months, bands, kinds) and one or more series of
 * whole-number values, one per category (this year, the previous year for comparison …).
 */
public record ChartData(List<String> categories, List<Series> series) {

    public record Series(String name, List<Long> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public long max() {
        return series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }
}
