package jp.hataraku.jobs.internal.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-day bars of the progress page as SVG geometry (attributes, not inline styles, so the
 * page keeps its strict CSP): two bars a day, approved and submitted, scaled to the busiest day.
 */
public record ProgressChart(int width, int height, List<Bar> bars) {

    static final int HEIGHT = 120;
    static final int DAY_WIDTH = 24;

    public record Bar(int x, int y, int width, int height, String kind, String label) { }

    public static ProgressChart of(JobProgress progress) {
        List<Bar> bars = new ArrayList<>();
        long max = progress.maxPerDay();
        int i = 0;
        for (JobProgress.Day day : progress.days()) {
            int x = i * DAY_WIDTH + 2;
            int ha = (int) Math.round(day.approved() * (double) HEIGHT / max);
            int hs = (int) Math.round(day.submitted() * (double) HEIGHT / max);
            String date = day.date().getMonthValue() + "/" + day.date().getDayOfMonth();
            bars.add(new Bar(x, HEIGHT - ha, 9, ha, "approved", date + " " + day.approved()));
            bars.add(new Bar(x + 10, HEIGHT - hs, 9, hs, "submitted", date + " " + day.submitted()));
            i++;
        }
        return new ProgressChart(progress.days().size() * DAY_WIDTH, HEIGHT, bars);
    }
}
