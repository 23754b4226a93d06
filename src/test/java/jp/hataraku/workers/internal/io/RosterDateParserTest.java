package jp.hataraku.workers.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterDateParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023/4/1", "2023-04-01", "2023.4.1", "20230401", "2023年4月1日", "２０２３年４月１日",
            "R5.4.1", "r05.04.01", "R5/4/1", "Ｒ５．４．１", "令和5年4月1日", "令和５年４月１日", " 2023/04/01 0:00:00 ",
            "2023/4/1 0:00"})
    void reads_the_first_of_april_2023_however_it_is_written(String text) {
        assertThat(RosterDateParser.parse(text)).contains(LocalDate.of(2023, 4, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H31.4.30", "平成31年4月30日"})
    void reads_the_last_day_of_heisei(String text) {
        assertThat(RosterDateParser.parse(text)).contains(LocalDate.of(2019, 4, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和元年5月1日", "R1.5.1", "R01.05.01"})
    void reads_the_first_year_as_gannen(String text) {
        assertThat(RosterDateParser.parse(text)).contains(LocalDate.of(2019, 5, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S64.1.7", "昭和64年1月7日"})
    void reads_the_last_day_of_showa(String text) {
        assertThat(RosterDateParser.parse(text)).contains(LocalDate.of(1989, 1, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2023/2/30", "2023/13/1", "H31.5.1", "R1.4.30", "S64.1.8", "R0.4.1", "X5.4.1",
            "昨日", "4/1", "2023/4", "1/4/2023", "2023/4/1/1"})
    void refuses_what_is_not_a_real_day(String text) {
        assertThat(RosterDateParser.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void null_is_no_date() {
        assertThat(RosterDateParser.parse(null)).isEmpty();
    }
}
