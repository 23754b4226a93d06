package jp.hataraku.workers;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Small builders for tests. */
public final class WorkerFixtures {

    public static final String PASSWORD = "correct horse battery staple";

    private WorkerFixtures() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    public static Application application(long municipalityId, String name, String kana, String email) {
        return new Application(name, kana, LocalDate.of(1990, 5, 1), Gender.FEMALE, municipalityId, "3890000",
                "長野県テスト町1-2-3", "090-1234-5678", email, Set.of(WorkKind.DATA_ENTRY, WorkKind.ANNOTATION), 10,
                Set.of(TimeBand.MORNING), WorkPlace.HOME, Set.of(Device.PC), null, Set.of(Circumstance.RAISING_CHILDREN),
                true, ReferralSource.SEMINAR, Workers.CURRENT_PRIVACY_NOTICE_VERSION, PASSWORD);
    }

    public static Application application(long municipalityId) {
        String email = uniqueEmail("w");
        return application(municipalityId, "山田 花子" + email.substring(2, 6), "やまだ はなこ", email);
    }
}
