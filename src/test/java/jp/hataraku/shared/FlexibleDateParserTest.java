package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FlexibleDateParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023/4/1", "2023-04-01", "2023.4.1", "20230401", "2023年4月1日", "2023年04月01日",
            "R5.4.1", "R5/4/1", "r5-4-1", "令和5年4月1日", "令和５年４月１日", "２０２３／４／１", "Ｒ５．４．１",
            " 2023/4/1 ", "令和 5年 4月 1日", "㋿5.4.1", "r05.04.01", " 2023/04/01 0:00:00 ", "2023/4/1 0:00"})
    void reads_the_forms_people_write(String text) {
        assertThat(FlexibleDateParser.parse(text).optional()).contains(LocalDate.of(2023, 4, 1));
    }

    @ParameterizedTest
    @CsvSource({"H31.4.30,2019-04-30", "S60.1.1,1985-01-01", "平成元年1月8日,1989-01-08", "令和元年5月1日,2019-05-01",
            "R1.5.1,2019-05-01", "昭和64年1月7日,1989-01-07", "T15.12.24,1926-12-24", "M45.7.29,1912-07-29",
            "2024/2/29,2024-02-29", "R01.05.01,2019-05-01", "S64.1.7,1989-01-07"})
    void reads_era_dates(String text, LocalDate expected) {
        assertThat(FlexibleDateParser.parse(text).optional()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"R5.2.30,shared.date.invalid", "2023/13/1,shared.date.invalid", "2023/2/29,shared.date.invalid",
            "R0.4.1,shared.date.invalid", "H31.5.1,shared.date.era", "R1.4.30,shared.date.era", "S65.1.1,shared.date.era",
            "2023/4,shared.date.format", "April 1 2023,shared.date.format", "X5.4.1,shared.date.format",
            "abc,shared.date.format", "99999999999,shared.date.format", "S64.1.8,shared.date.era",
            "昨日,shared.date.format", "4/1,shared.date.format", "1/4/2023,shared.date.format",
            "2023/4/1/1,shared.date.format", "2023/4/1 25:00:00:00,shared.date.format"})
    void refuses_impossible_dates_with_a_code(String text, String code) {
        Parsed<LocalDate> parsed = FlexibleDateParser.parse(text);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.errorCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "　"})
    void empty_input_is_its_own_error(String text) {
        assertThat(FlexibleDateParser.parse(text).errorCode()).isEqualTo("shared.date.empty");
    }
}
