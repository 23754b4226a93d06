package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankCalendarTest {

    final BankCalendar calendar = BankCalendar.japan();

    @Test
    void national_holidays_come_from_the_maintained_data_set() {
        assertThat(calendar.source()).contains("@holiday-jp/holiday_jp");
        assertThat(calendar.holiday(LocalDate.of(2026, 11, 23))).contains("勤労感謝の日");
        // a day between two holidays is a holiday by law (国民の休日)
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 22))).isFalse();
        assertThat(calendar.lastYear()).isGreaterThanOrEqualTo(2030);
    }

    @Test
    void weekends_and_the_year_end_bank_holidays_are_not_business_days() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 31))).isFalse(); // Thursday, bank holiday
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 2))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 4))).isTrue(); // Monday
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 24))).isTrue();
    }

    @Test
    void a_date_moves_to_the_nearest_business_day_in_the_direction_asked() {
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 9, 23))).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(calendar.onOrBefore(LocalDate.of(2027, 1, 3))).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void a_date_beyond_the_data_is_refused_rather_than_guessed() {
        LocalDate beyond = LocalDate.of(calendar.lastYear() + 1, 6, 1);
        assertThatThrownBy(() -> calendar.isBusinessDay(beyond)).isInstanceOf(IllegalArgumentException.class);
    }
}
