package jp.hataraku.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    static final LocalDate REPORT = LocalDate.of(2027, 3, 31);

    @Test
    void the_band_is_the_age_on_the_report_date() {
        assertThat(AgeBand.of(LocalDate.of(2007, 4, 1), REPORT)).isEqualTo(AgeBand.TEENS);      // 19
        assertThat(AgeBand.of(LocalDate.of(2007, 3, 31), REPORT)).isEqualTo(AgeBand.TWENTIES);  // 20 that day
        assertThat(AgeBand.of(LocalDate.of(1987, 4, 1), REPORT)).isEqualTo(AgeBand.THIRTIES);   // 39
        assertThat(AgeBand.of(LocalDate.of(1967, 3, 31), REPORT)).isEqualTo(AgeBand.SIXTIES);   // 60
        assertThat(AgeBand.of(LocalDate.of(1957, 3, 31), REPORT)).isEqualTo(AgeBand.SEVENTIES_AND_OVER);
        assertThat(AgeBand.of(LocalDate.of(1930, 1, 1), REPORT)).isEqualTo(AgeBand.SEVENTIES_AND_OVER);
    }
}
