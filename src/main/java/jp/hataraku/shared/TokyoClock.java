package jp.hataraku.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the application, in Asia/Tokyo. Business dates are Tokyo dates whatever the
 * server's zone. Tests may fix or move it; production code never does.
 */
public final class TokyoClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final AtomicReference<Clock> clock;

    public TokyoClock(Clock clock) {
        this.clock = new AtomicReference<>(clock.withZone(ZONE));
    }

    public static TokyoClock system() {
        return new TokyoClock(Clock.system(ZONE));
    }

    public static TokyoClock fixed(Instant instant) {
        return new TokyoClock(Clock.fixed(instant, ZONE));
    }

    public Instant now() {
        return clock.get().instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.get());
    }

    public ZonedDateTime zonedNow() {
        return ZonedDateTime.now(clock.get());
    }

    /** For tests: from now on the clock stands still at {@code instant}. */
    public void setFixed(Instant instant) {
        clock.set(Clock.fixed(instant, ZONE));
    }

    /** For tests: the clock runs again from the system time. */
    public void reset() {
        clock.set(Clock.system(ZONE));
    }
}
