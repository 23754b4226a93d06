package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void a_fiscal_year_runs_from_april_to_march_and_is_named_by_its_start_year() {
        FiscalYear fy = FiscalYear.of(2022);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void march_belongs_to_the_previous_year_and_april_starts_the_next() {
        assertThat(FiscalYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void contains_its_first_and_last_day_only() {
        FiscalYear fy = FiscalYear.of(2025);
        assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(fy.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void labels_in_japanese_and_english() {
        assertThat(FiscalYear.of(2025).label(Locale.JAPANESE)).isEqualTo("2025年度");
        assertThat(FiscalYear.of(2025).label(Locale.ENGLISH)).isEqualTo("FY2025");
        assertThat(FiscalYear.of(2025).labelWithEra()).isEqualTo("2025年度（令和7年度）");
        assertThat(FiscalYear.of(2019).labelWithEra()).isEqualTo("2019年度（平成31年度）");
    }

    @Test
    void next_previous_and_order() {
        assertThat(FiscalYear.of(2025).next()).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2025).previous()).isEqualTo(FiscalYear.of(2024));
        assertThat(FiscalYear.of(2024)).isLessThan(FiscalYear.of(2025));
        assertThatThrownBy(() -> FiscalYear.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
