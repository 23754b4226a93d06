package jp.hataraku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JDK's Japanese calendar is the oracle for era dates. */
class FlexibleDateParserProperties {

    private static final Map<JapaneseEra, String[]> NAMES = Map.of(
            JapaneseEra.MEIJI, new String[] {"M", "明治"},
            JapaneseEra.TAISHO, new String[] {"T", "大正"},
            JapaneseEra.SHOWA, new String[] {"S", "昭和"},
            JapaneseEra.HEISEI, new String[] {"H", "平成"},
            JapaneseEra.REIWA, new String[] {"R", "令和"});

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1873, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void western_forms_read_back(@ForAll("days") LocalDate day) {
        for (String pattern : new String[] {"uuuu/M/d", "uuuu-MM-dd", "uuuu年M月d日", "uuuuMMdd", "uuuu.MM.dd"}) {
            assertThat(FlexibleDateParser.parseOptional(DateTimeFormatter.ofPattern(pattern).format(day))).contains(day);
        }
    }

    @Property
    void era_forms_read_back(@ForAll("days") LocalDate day) {
        JapaneseDate japanese = JapaneseDate.from(day);
        String[] era = NAMES.get(japanese.getEra());
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        String kanjiYear = year == 1 ? "元" : String.valueOf(year);
        assertThat(FlexibleDateParser.parseOptional(era[0] + year + "." + day.getMonthValue() + "." + day.getDayOfMonth())).contains(day);
        assertThat(FlexibleDateParser.parseOptional(era[1] + kanjiYear + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"))
                .contains(day);
    }

    @Property
    void an_era_year_past_the_era_is_refused(@ForAll("days") LocalDate day) {
        JapaneseDate japanese = JapaneseDate.from(day);
        if (japanese.getEra() == JapaneseEra.REIWA) {
            return;
        }
        String[] era = NAMES.get(japanese.getEra());
        // The same calendar day written in the era that was over by then.
        LocalDate next = day.plusYears(70);
        int eraFirstYear = day.getYear() - japanese.get(ChronoField.YEAR_OF_ERA) + 1;
        int yearInOldEra = next.getYear() - eraFirstYear + 1;
        if (JapaneseDate.from(next).getEra() != japanese.getEra()) {
            assertThat(FlexibleDateParser.parseOptional(era[0] + yearInOldEra + "." + next.getMonthValue() + "." + next.getDayOfMonth()))
                    .isEmpty();
        }
    }
}
