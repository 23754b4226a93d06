package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    private final JapaneseDates dates = new JapaneseDates();

    @Test
    void reiwa_n_is_2018_plus_n() {
        assertThat(dates.wareki(LocalDate.of(2025, 4, 1))).isEqualTo("令和7年4月1日");
        assertThat(dates.both(LocalDate.of(2025, 4, 1))).isEqualTo("2025年4月1日（令和7年）");
        assertThat(dates.wareki(LocalDate.of(2026, 11, 23))).isEqualTo("令和8年11月23日");
    }

    @Test
    void the_first_year_of_an_era_is_gannen() {
        assertThat(dates.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(dates.wareki(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(dates.wareki(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
        assertThat(dates.wareki(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(dates.wareki(LocalDate.of(1985, 1, 1))).isEqualTo("昭和60年1月1日");
        assertThat(dates.wareki(LocalDate.of(1926, 12, 24))).isEqualTo("大正15年12月24日");
    }

    @Test
    void english_and_null() {
        assertThat(dates.display(LocalDate.of(2025, 4, 1), Locale.ENGLISH)).isEqualTo("1 Apr 2025");
        assertThat(dates.display(LocalDate.of(2025, 4, 1), Locale.JAPANESE)).isEqualTo("2025年4月1日（令和7年）");
        assertThat(dates.both(null)).isEmpty();
        assertThat(dates.fiscalYear(LocalDate.of(2026, 2, 1), Locale.JAPANESE)).isEqualTo("2025年度");
    }

    @Test
    void eras_know_their_bounds() {
        assertThat(Era.HEISEI.lastDay()).contains(LocalDate.of(2019, 4, 30));
        assertThat(Era.REIWA.lastDay()).isEmpty();
        assertThat(Era.REIWA.gregorianYear(7)).isEqualTo(2025);
        assertThat(Era.byKanjiOrLetter("r")).contains(Era.REIWA);
        assertThat(Era.byKanjiOrLetter("昭和")).contains(Era.SHOWA);
    }
}
