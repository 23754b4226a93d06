package jp.hataraku.jobs.internal.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a job stands: how many of its (non-gold) items are done, in review, returned and still to
 * do; approved and submitted work per day over the last {@link #DAYS} days; and when, at the mean
 * pace of the last {@link #PACE_DAYS} days, the remaining items will be done. A job is at risk
 * when that date is after its due date, or when items remain and nothing was approved lately.
 *
 * <p>Work per day counts submissions (one item needs {@code overlap} of them), so the pace in
 * items is the approved submissions per day divided by the overlap.
 */
public record JobProgress(long total, long done, long inReview, long returned, int overlap, List<Day> days,
        LocalDate today, LocalDate due) {

    public static final int DAYS = 14;
    public static final int PACE_DAYS = 7;

    /** Work on one day. */
    public record Day(LocalDate date, long approved, long submitted) { }

    public JobProgress {
        if (total < 0 || done < 0 || inReview < 0 || returned < 0 || done + inReview + returned > total) {
            throw new IllegalArgumentException("counts do not add up");
        }
        if (overlap < 1) {
            throw new IllegalArgumentException("overlap must be at least 1");
        }
        days = List.copyOf(days);
    }

    /** The last {@link #DAYS} days up to {@code today}, with zeros for days without work. */
    public static JobProgress of(long total, long done, long inReview, long returned, int overlap,
            Map<LocalDate, Long> approvedPerDay, Map<LocalDate, Long> submittedPerDay, LocalDate today, LocalDate due) {
        List<Day> days = new ArrayList<>(DAYS);
        for (int i = DAYS - 1; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            days.add(new Day(d, approvedPerDay.getOrDefault(d, 0L), submittedPerDay.getOrDefault(d, 0L)));
        }
        return new JobProgress(total, done, inReview, returned, overlap, days, today, due);
    }

    /** Items not yet approved. */
    public long remaining() {
        return total - done;
    }

    /** Items nobody has handed in yet (neither in review nor returned). */
    public long notStarted() {
        return total - done - inReview - returned;
    }

    public int percentDone() {
        return total == 0 ? 0 : (int) (done * 100 / total);
    }

    /** Items approved per day, on average over the last {@link #PACE_DAYS} days (today included). */
    public double itemsPerDay() {
        long approved = days.subList(days.size() - PACE_DAYS, days.size()).stream().mapToLong(Day::approved).sum();
        return approved / (double) overlap / PACE_DAYS;
    }

    /** Today when nothing remains; empty when nothing was approved lately (no pace to go by). */
    public Optional<LocalDate> expectedFinish() {
        if (remaining() == 0) {
            return Optional.of(today);
        }
        double pace = itemsPerDay();
        if (pace <= 0) {
            return Optional.empty();
        }
        return Optional.of(today.plusDays((long) Math.ceil(remaining() / pace)));
    }

    public boolean atRisk() {
        if (remaining() == 0) {
            return false;
        }
        return expectedFinish().map(d -> d.isAfter(due)).orElse(true);
    }

    /** The biggest daily figure, for scaling a chart (at least 1). */
    public long maxPerDay() {
        return Math.max(1, days.stream().mapToLong(d -> Math.max(d.approved(), d.submitted())).max().orElse(1));
    }
}
