package jp.hataraku.reports;

import java.time.LocalDate;
import java.time.Period;

/** Age bands of the council report, by a person's age on the report date: teens, 20s … 60s, 70s and over. */
public enum AgeBand {
    TEENS, TWENTIES, THIRTIES, FORTIES, FIFTIES, SIXTIES, SEVENTIES_AND_OVER;

    /** The band of someone born on {@code birthDate}, on {@code reportDate}. Under 10 counts as teens (none expected). */
    public static AgeBand of(LocalDate birthDate, LocalDate reportDate) {
        if (birthDate.isAfter(reportDate)) {
            throw new IllegalArgumentException("born after the report date");
        }
        int age = Period.between(birthDate, reportDate).getYears();
        if (age < 20) {
            return TEENS;
        }
        if (age >= 70) {
            return SEVENTIES_AND_OVER;
        }
        return values()[age / 10 - 1];
    }

    public String messageKey() {
        return "reports.ageBand." + name();
    }
}
