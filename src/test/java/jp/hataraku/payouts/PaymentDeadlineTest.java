package jp.hataraku.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PaymentDeadlineTest {

    @Test
    void the_sixtieth_day_counts_the_day_of_receipt() {
        // 2026-11-10 is day 1; November has 21 days from the 10th, December 31 more (52), 2027-01-08 is day 60.
        assertThat(PaymentDeadline.latestFor(LocalDate.of(2026, 11, 10))).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(PaymentDeadline.latestFor(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void without_an_agreed_date_the_day_of_receipt_is_due() {
        LocalDate received = LocalDate.of(2026, 11, 10);
        assertThat(PaymentDeadline.dueDate(received, Optional.empty())).isEqualTo(received);
    }

    @Test
    void an_agreed_date_later_than_the_law_allows_becomes_the_sixtieth_day() {
        LocalDate received = LocalDate.of(2026, 11, 10);
        assertThat(PaymentDeadline.dueDate(received, Optional.of(LocalDate.of(2027, 2, 28))))
                .isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(PaymentDeadline.dueDate(received, Optional.of(LocalDate.of(2026, 12, 25))))
                .isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void paying_on_the_sixtieth_day_meets_the_deadline_and_a_day_later_does_not() {
        LocalDate received = LocalDate.of(2026, 11, 10);
        assertThat(PaymentDeadline.meets(LocalDate.of(2027, 1, 8), received)).isTrue();
        assertThat(PaymentDeadline.meets(LocalDate.of(2027, 1, 9), received)).isFalse();
    }

    @Property
    void the_deadline_is_always_sixty_days_inclusive(@ForAll @IntRange(min = 0, max = 20_000) int day) {
        LocalDate received = LocalDate.of(2000, 1, 1).plusDays(day);
        LocalDate latest = PaymentDeadline.latestFor(received);
        assertThat(ChronoUnit.DAYS.between(received, latest) + 1).isEqualTo(60);
        assertThat(PaymentDeadline.meets(latest, received)).isTrue();
        assertThat(PaymentDeadline.meets(latest.plusDays(1), received)).isFalse();
    }

    @Property
    void a_due_date_is_never_later_than_the_law_allows(@ForAll @IntRange(min = 0, max = 5_000) int day,
            @ForAll @IntRange(min = -30, max = 200) int agreedAfter) {
        LocalDate received = LocalDate.of(2020, 1, 1).plusDays(day);
        LocalDate due = PaymentDeadline.dueDate(received, Optional.of(received.plusDays(agreedAfter)));
        assertThat(due).isBeforeOrEqualTo(PaymentDeadline.latestFor(received));
    }
}
