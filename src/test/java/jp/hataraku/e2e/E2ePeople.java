package jp.hataraku.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;

/** People the browser journeys set up through the workers module's public API. */
final class E2ePeople {

    private E2ePeople() {
    }

    /** An ACTIVE worker (applied, briefed, terms accepted in April 2026) with a sign-in. */
    static long activeWorker(Workers workers, long town, String name, String kana, String password) {
        Application a = new Application(name, kana, LocalDate.of(1985, 6, 1), Gender.FEMALE, town, "3890000",
                "長野県業務町1-2-3", "090-1234-5678", "w-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.test",
                Set.of(WorkKind.DATA_ENTRY), 10, Set.of(TimeBand.MORNING), WorkPlace.HOME, Set.of(Device.PC), null,
                Set.of(Circumstance.RAISING_CHILDREN), true, ReferralSource.SEMINAR,
                Workers.CURRENT_PRIVACY_NOTICE_VERSION, password);
        long id = workers.apply(a, LocalDate.of(2026, 4, 1));
        workers.markBriefed(id, LocalDate.of(2026, 4, 2));
        workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2026, 4, 3));
        return id;
    }

    /** Hiragana from the hex digits of a unique tag, so that kana searches find only this test's people. */
    static String kana(String unique) {
        StringBuilder out = new StringBuilder();
        for (char c : unique.toCharArray()) {
            out.append("あいうえおかきくけこさしすせそた".charAt(Character.digit(c, 16)));
        }
        return out.toString();
    }
}
