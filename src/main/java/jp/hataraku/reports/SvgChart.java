package jp.hataraku.reports;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Server-rendered SVG charts a screen reader and a printer can read: {@code role="img"} labelled by
 * a {@code <title>} and a {@code <desc>}, every bar or point with its own {@code <title>}, series
 * told apart by pattern and marker shape as well as colour, and black text on white. The data table
 * belongs beside the chart on the page; the chart never replaces it.
 */
public final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final int LEFT = 64;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 56;
    private static final String[] FILLS = {"#1f5f99", "url(#hatch)", "#6b6b6b"};
    private static final String[] STROKES = {"#1f5f99", "#b35900", "#333333"};
    private static final String[] DASHES = {"none", "6 4", "2 3"};

    private SvgChart() {
    }

    /** A grouped bar chart: one group per category, one bar per series. */
    public static String bars(String id, String title, String description, ChartData data) {
        StringBuilder svg = open(id, title, description);
        long top = niceCeiling(data.max());
        axes(svg, top);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int n = Math.max(1, data.categories().size());
        double group = (double) plotWidth / n;
        int seriesCount = Math.max(1, data.series().size());
        double barWidth = group * 0.8 / seriesCount;
        for (int c = 0; c < data.categories().size(); c++) {
            double x0 = LEFT + c * group + group * 0.1;
            for (int s = 0; s < data.series().size(); s++) {
                ChartData.Series series = data.series().get(s);
                long value = series.values().get(c);
                double h = scaled(value, top);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.5\">"
                                + "<title>%s %s: %s</title></rect>",
                        x0 + s * barWidth, (double) (HEIGHT - BOTTOM) - h, barWidth, h, FILLS[s % FILLS.length],
                        escape(series.name()), escape(data.categories().get(c)), number(value)));
            }
            categoryLabel(svg, data, c, LEFT + c * group + group / 2);
        }
        legend(svg, data, false);
        return svg.append("</svg>").toString();
    }

    /** A line chart: one line per series across the categories (a trend by month). */
    public static String lines(String id, String title, String description, ChartData data) {
        StringBuilder svg = open(id, title, description);
        long top = niceCeiling(data.max());
        axes(svg, top);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int n = data.categories().size();
        double step = n > 1 ? (double) plotWidth / (n - 1) : 0;
        for (int s = 0; s < data.series().size(); s++) {
            ChartData.Series series = data.series().get(s);
            StringBuilder points = new StringBuilder();
            StringBuilder markers = new StringBuilder();
            for (int c = 0; c < n; c++) {
                double x = LEFT + (n > 1 ? c * step : plotWidth / 2.0);
                double y = HEIGHT - BOTTOM - scaled(series.values().get(c), top);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                markers.append(marker(s, x, y, escape(series.name()) + " " + escape(data.categories().get(c)) + ": "
                        + number(series.values().get(c))));
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\" points=\"%s\"/>",
                    STROKES[s % STROKES.length], DASHES[s % DASHES.length], points.toString().strip()));
            svg.append(markers);
        }
        for (int c = 0; c < n; c++) {
            if (n <= 12 || c % 2 == 0) {
                categoryLabel(svg, data, c, LEFT + (n > 1 ? c * step : plotWidth / 2.0));
            }
        }
        legend(svg, data, true);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description) {
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("chart id must be a plain identifier: " + id);
        }
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append("<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
                .append("<path d=\"M0,6 L6,0\" stroke=\"#b35900\" stroke-width=\"2\"/></pattern></defs>")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#fff\"/>");
        return svg;
    }

    private static void axes(StringBuilder svg, long top) {
        int bottom = HEIGHT - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            double y = bottom - scaled(value, top);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#000\">%s</text>",
                    LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, number(value)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#000\"/>",
                LEFT, WIDTH - RIGHT, bottom, bottom));
    }

    private static void categoryLabel(StringBuilder svg, ChartData data, int c, double x) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#000\">%s</text>",
                x, HEIGHT - BOTTOM + 16, escape(data.categories().get(c))));
    }

    private static void legend(StringBuilder svg, ChartData data, boolean lines) {
        int y = HEIGHT - 14;
        int x = LEFT;
        for (int s = 0; s < data.series().size(); s++) {
            String name = data.series().get(s).name();
            if (lines) {
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
                        x, x + 20, y - 4, y - 4, STROKES[s % STROKES.length], DASHES[s % DASHES.length]));
                svg.append(marker(s, x + 10, y - 4, null));
            } else {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"20\" height=\"10\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.5\"/>",
                        x, y - 9, FILLS[s % FILLS.length]));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#000\">%s</text>", x + 26, y,
                    escape(name)));
            x += 40 + name.length() * 13;
        }
    }

    /** A marker whose shape tells the series apart without colour: circle, square, triangle. */
    private static String marker(int series, double x, double y, String title) {
        String t = title == null ? "" : "<title>" + title + "</title>";
        String stroke = STROKES[series % STROKES.length];
        return switch (series % 3) {
            case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">%s</circle>",
                    x, y, stroke, t);
            case 1 -> String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\">%s</rect>", x - 4, y - 4, stroke, t);
            default -> String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f l5,9 h-10 z\" fill=\"%s\">%s</path>",
                    x, y - 5, stroke, t);
        };
    }

    private static double scaled(long value, long top) {
        return top == 0 ? 0 : (double) Math.max(0, value) * (HEIGHT - TOP - BOTTOM) / top;
    }

    /**
     * The top of the value axis: four equal ticks of a round step (1, 2, 3, 4, 5, 6 or 8 × 10^k),
     * the smallest that reaches {@code max}; 4 when there is nothing to show.
     */
    static long niceCeiling(long max) {
        if (max <= 0) {
            return 4;
        }
        long quarter = (max + 3) / 4;
        long magnitude = 1;
        while (magnitude <= quarter / 10) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= quarter) {
                return 4 * step * magnitude;
            }
        }
        return 40 * magnitude;
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
