package jp.hataraku.reports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference town of DOMAIN.md, built through the workers API with known dates, seen at the end
 * of fiscal year 2022 (2023-03-31): 99 registered in total, 21 withdrawn (12 employment, 2 moved,
 * 7 other), 78 registered now (75 active, 3 paused; 63 women, 15 men), population 7,000.
 * <ul>
 * <li>Workers 0–59 register (BRIEFED → ACTIVE) in FY2021, five a month, on the 10th; 60–98 in FY2022,
 *     April–June four a month, July–March three.</li>
 * <li>0–4 withdraw on 2022-02-15 (0–2 employment, 3 moved, 4 other); 5–20 on 2022-10-20
 *     (5–13 employment, 14 moved, 15–20 other).</li>
 * <li>21–23 pause on 2022-12-01; 24 pauses 2022-06-01 and resumes 2022-09-01.</li>
 * <li>Gender: 0–20 women when even, men when odd; 21–35 men; 36–98 women.</li>
 * <li>Age: 0–20 born 1990-01-01; 21–98 born on 1 October so that on both report dates they are in
 *     band (i − 21) mod 7 (ages 18, 25, 35, 45, 55, 65, 75 on 2023-03-31).</li>
 * <li>Place: HOME, TELEWORK_CENTRE, EITHER by i mod 3. Roles: 21–40 two, 41–45 three, others one.</li>
 * <li>Circumstances: 21–98 consent when even (raising children; caregiving too when i mod 4 = 0;
 *     disability too for 50 and 52); the others declare caregiving without consent (never counted).</li>
 * <li>Noise that counts nowhere: an applicant withdrawing before registering, an applicant briefed
 *     but not yet active, and a worker registering after the fiscal year (2023-04-05).</li>
 * </ul>
 */
public final class ReferenceTown {

    public static final int AGE_BASE_YEAR = 2022;
    private static final int[] AGES = {18, 25, 35, 45, 55, 65, 75};

    private ReferenceTown() {
    }

    /** Builds the town and returns its id. */
    public static long build(Organizations organizations, Workers workers, JdbcClient jdbc, String name) {
        long town = organizations.registerMunicipality(name, "さんしょうちょう", "20", 7000);
        for (int i = 0; i < 99; i++) {
            LocalDate registered = i < 60 ? LocalDate.of(2021, 4, 10).plusMonths(i % 12)
                    : LocalDate.of(2022, 4, 10).plusMonths((i - 60) % 12);
            long id = workers.apply(application(town, i), registered.minusDays(10));
            workers.markBriefed(id, registered.minusDays(5));
            workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, registered);
            if (i <= 4) {
                workers.withdraw(id, i <= 2 ? WithdrawalReason.EMPLOYMENT : i == 3 ? WithdrawalReason.MOVED
                        : WithdrawalReason.OTHER, "理由" + i, LocalDate.of(2022, 2, 15));
            } else if (i <= 20) {
                workers.withdraw(id, i <= 13 ? WithdrawalReason.EMPLOYMENT : i == 14 ? WithdrawalReason.MOVED
                        : WithdrawalReason.OTHER, "理由" + i, LocalDate.of(2022, 10, 20));
            } else if (i <= 23) {
                workers.pause(id, LocalDate.of(2022, 12, 1));
            } else if (i == 24) {
                workers.pause(id, LocalDate.of(2022, 6, 1));
                workers.resume(id, LocalDate.of(2022, 9, 1));
            }
            if (i >= 21 && i <= 45) {
                jdbc.sql("UPDATE worker SET roles_held = string_to_array(:roles, ',') WHERE id = :id")
                        .param("roles", i <= 40 ? "WORKER,TRAINER" : "WORKER,DIRECTOR,SALES").param("id", id).update();
            }
        }
        long dropped = workers.apply(application(town, 200), LocalDate.of(2022, 5, 1));
        workers.withdraw(dropped, WithdrawalReason.OTHER, "説明会前に辞退", LocalDate.of(2022, 5, 20));
        long briefed = workers.apply(application(town, 201), LocalDate.of(2023, 3, 1));
        workers.markBriefed(briefed, LocalDate.of(2023, 3, 10));
        long late = workers.apply(application(town, 202), LocalDate.of(2023, 3, 20));
        workers.markBriefed(late, LocalDate.of(2023, 3, 25));
        workers.acceptTerms(late, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2023, 4, 5));
        return town;
    }

    static Application application(long town, int i) {
        Gender gender = i <= 20 ? (i % 2 == 0 ? Gender.FEMALE : Gender.MALE) : i <= 35 ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = i <= 20 || i >= 99 ? LocalDate.of(1990, 1, 1)
                : LocalDate.of(AGE_BASE_YEAR - AGES[(i - 21) % 7], 10, 1);
        WorkPlace place = WorkPlace.values()[i % 3];
        boolean consent = i >= 21 && i < 99 && i % 2 == 0;
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        if (consent) {
            circumstances.add(Circumstance.RAISING_CHILDREN);
            if (i % 4 == 0) {
                circumstances.add(Circumstance.CAREGIVING);
            }
            if (i == 50 || i == 52) {
                circumstances.add(Circumstance.DISABILITY);
            }
        } else {
            circumstances.add(Circumstance.CAREGIVING);
        }
        String email = "ref-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        return new Application("参照 太郎" + i, "さんしょう たろう", birth, gender, town, "3890000", "長野県参照町1-2-3",
                "090-1234-5678", email, Set.of(WorkKind.DATA_ENTRY), 10, Set.of(TimeBand.MORNING), place,
                Set.of(Device.PC), null, circumstances, consent, ReferralSource.SEMINAR,
                Workers.CURRENT_PRIVACY_NOTICE_VERSION, null);
    }
}
