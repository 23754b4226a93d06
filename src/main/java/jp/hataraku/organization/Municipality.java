package jp.hataraku.organization;

import java.util.Optional;

/**
 * A town taking part in the programme. Its population is the denominator of the reports' shares.
 * Its {@link LocalGovernmentCode} names it in open data; empty when the town has not recorded one
 * (then the open data leaves the code column empty).
 */
public record Municipality(long id, String name, String nameKana, String prefectureCode, int population,
        Optional<LocalGovernmentCode> localGovernmentCode) {

    public Municipality {
        localGovernmentCode = localGovernmentCode == null ? Optional.empty() : localGovernmentCode;
    }

    /** A town without a recorded local government code. */
    public Municipality(long id, String name, String nameKana, String prefectureCode, int population) {
        this(id, name, nameKana, prefectureCode, population, Optional.empty());
    }
}
