package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FiscalYearProperties {

    @Property
    void every_day_belongs_to_exactly_the_fiscal_year_of_it(@ForAll @IntRange(min = 0, max = 60000) int dayOffset) {
        LocalDate date = LocalDate.of(1950, 1, 1).plusDays(dayOffset);
        FiscalYear fy = FiscalYear.of(date);
        assertThat(fy.contains(date)).isTrue();
        assertThat(fy.next().contains(date)).isFalse();
        assertThat(fy.previous().contains(date)).isFalse();
        assertThat(fy.end().plusDays(1)).isEqualTo(fy.next().start());
    }

    @Property
    void era_year_and_gregorian_year_round_trip(@ForAll @IntRange(min = 0, max = 55000) int dayOffset) {
        LocalDate date = Era.EARLIEST.plusDays(dayOffset);
        Era era = Era.of(date);
        assertThat(era.contains(date)).isTrue();
        assertThat(era.gregorianYear(era.yearOf(date))).isEqualTo(date.getYear());
    }
}
