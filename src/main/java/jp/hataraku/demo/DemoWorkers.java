package jp.hataraku.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.Workers;
import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Component;

/**
 * About 80 fictional residents whose histories cover every state: applied, briefed, active,
 * paused, withdrawn for each reason, and re-registered. A fixed seed keeps the demo the same.
 */
@Component
class DemoWorkers {

    static final String WORKER_EMAIL = "worker@demo.hataraku.jp";
    static final String DIRECTOR_EMAIL = "director@demo.hataraku.jp";

    private static final String[][] SURNAMES = {
        {"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"}, {"田中", "たなか"}, {"伊藤", "いとう"},
        {"渡辺", "わたなべ"}, {"山本", "やまもと"}, {"中村", "なかむら"}, {"小林", "こばやし"}, {"加藤", "かとう"},
        {"吉田", "よしだ"}, {"山田", "やまだ"}, {"松本", "まつもと"}, {"井上", "いのうえ"}, {"木村", "きむら"},
        {"清水", "しみず"}, {"宮坂", "みやさか"}, {"丸山", "まるやま"}, {"小松", "こまつ"}, {"北原", "きたはら"}};
    private static final String[][] WOMEN = {
        {"陽子", "ようこ"}, {"美咲", "みさき"}, {"由美", "ゆみ"}, {"恵", "めぐみ"}, {"真理子", "まりこ"},
        {"彩", "あや"}, {"久美子", "くみこ"}, {"直美", "なおみ"}, {"千尋", "ちひろ"}, {"愛", "あい"},
        {"智子", "ともこ"}, {"香織", "かおり"}, {"里美", "さとみ"}, {"奈々", "なな"}, {"幸子", "さちこ"}};
    private static final String[][] MEN = {
        {"健一", "けんいち"}, {"大輔", "だいすけ"}, {"誠", "まこと"}, {"翔太", "しょうた"}, {"浩二", "こうじ"},
        {"隆", "たかし"}, {"拓也", "たくや"}, {"修", "おさむ"}};

    private final Workers workers;
    private final TokyoClock clock;

    DemoWorkers(Workers workers, TokyoClock clock) {
        this.workers = workers;
        this.clock = clock;
    }

    /** What became of each demo resident, in order; the shares follow the reference town. */
    enum Fate { APPLIED, BRIEFED, ACTIVE, PAUSED, WITHDRAWN_EMPLOYMENT, WITHDRAWN_MOVED, WITHDRAWN_OTHER, REREGISTERED }

    static List<Fate> fates() {
        List<Fate> fates = new ArrayList<>();
        // Oldest applications first: those who left (and came back) had time to do so.
        add(fates, Fate.ACTIVE, 2);
        add(fates, Fate.REREGISTERED, 4);
        add(fates, Fate.WITHDRAWN_EMPLOYMENT, 8);
        add(fates, Fate.WITHDRAWN_MOVED, 2);
        add(fates, Fate.WITHDRAWN_OTHER, 5);
        add(fates, Fate.PAUSED, 6);
        add(fates, Fate.ACTIVE, 42);
        add(fates, Fate.BRIEFED, 5);
        add(fates, Fate.APPLIED, 6);
        return fates;
    }

    private static void add(List<Fate> fates, Fate fate, int n) {
        for (int i = 0; i < n; i++) {
            fates.add(fate);
        }
    }

    /** Loads the residents; returns the ids of those ACTIVE now, the demo worker first. */
    List<Long> load(long town, long village) {
        List<Long> active = new java.util.ArrayList<>();
        Random random = new Random(20_230_401L);
        LocalDate today = clock.today();
        List<Fate> fates = fates();
        for (int i = 0; i < fates.size(); i++) {
            boolean woman = i % 5 != 3;
            // Distinct names: the given name shifts each time the surnames come round again.
            String[] surname = SURNAMES[i % SURNAMES.length];
            int shift = i / SURNAMES.length + i * 7;
            String[] given = woman ? WOMEN[shift % WOMEN.length] : MEN[shift % MEN.length];
            long municipality = i % 8 == 7 ? village : town;
            String email = i == 0 ? WORKER_EMAIL : i == 1 ? DIRECTOR_EMAIL : "resident" + (i + 1) + "@demo.hataraku.jp";
            String password = i < 2 ? DemoDataLoader.PASSWORD : null;
            // Applications spread over the programme's years, older first.
            LocalDate applied = today.minusDays(1_400 - i * 16L - random.nextInt(10));
            Fate fate = fates.get(i);
            if (fate == Fate.APPLIED || fate == Fate.BRIEFED) {
                applied = today.minusDays(3 + random.nextInt(40));
            }
            Application application = new Application(surname[0] + " " + given[0], surname[1] + " " + given[1],
                    LocalDate.of(1950 + random.nextInt(52), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    i % 23 == 22 ? Gender.UNDISCLOSED : woman ? Gender.FEMALE : Gender.MALE, municipality,
                    "39900" + String.format("%02d", i % 100), "長野県山の辺町大字中央" + (100 + i),
                    "0265-00-" + String.format("%04d", 1000 + i), email, workKinds(i), 5 + (i % 6) * 5,
                    EnumSet.of(i % 2 == 0 ? TimeBand.MORNING : TimeBand.DAYTIME),
                    WorkPlace.values()[i % 3], EnumSet.of(Device.PC, Device.SMARTPHONE), null,
                    circumstances(i), i % 4 != 3, ReferralSource.values()[i % ReferralSource.values().length],
                    Workers.CURRENT_PRIVACY_NOTICE_VERSION, password);
            long id = workers.apply(application, applied);
            live(id, fate, applied, today, i);
            if (fate == Fate.ACTIVE || fate == Fate.REREGISTERED) {
                active.add(id);
            }
        }
        return active;
    }

    private void live(long id, Fate fate, LocalDate applied, LocalDate today, int i) {
        if (fate == Fate.APPLIED) {
            return;
        }
        LocalDate briefed = applied.plusDays(7);
        workers.markBriefed(id, briefed);
        if (fate == Fate.BRIEFED) {
            return;
        }
        LocalDate active = briefed.plusDays(3);
        workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, active);
        switch (fate) {
            case PAUSED -> workers.pause(id, today.minusDays(20 + i));
            case WITHDRAWN_EMPLOYMENT -> workers.withdraw(id, WithdrawalReason.EMPLOYMENT, null, active.plusDays(200 + i));
            case WITHDRAWN_MOVED -> workers.withdraw(id, WithdrawalReason.MOVED, null, active.plusDays(150 + i));
            case WITHDRAWN_OTHER -> workers.withdraw(id, WithdrawalReason.OTHER,
                    i % 2 == 0 ? "家業が忙しくなったため" : "高齢のため", active.plusDays(120 + i));
            case REREGISTERED -> {
                LocalDate left = active.plusDays(100);
                workers.withdraw(id, WithdrawalReason.EMPLOYMENT, null, left);
                LocalDate back = left.plusDays(180);
                workers.reregister(id, WorkerStatus.BRIEFED, back);
                workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, back.plusDays(2));
            }
            default -> {
                if (i % 9 == 4) {
                    workers.pause(id, active.plusDays(60));
                    workers.resume(id, active.plusDays(90));
                }
            }
        }
    }

    private static Set<WorkKind> workKinds(int i) {
        WorkKind[] kinds = WorkKind.values();
        return EnumSet.of(kinds[i % kinds.length], WorkKind.DATA_ENTRY);
    }

    private static Set<Circumstance> circumstances(int i) {
        Set<Circumstance> set = EnumSet.noneOf(Circumstance.class);
        if (i % 3 != 2) {
            set.add(Circumstance.RAISING_CHILDREN);
        }
        if (i % 7 == 0) {
            set.add(Circumstance.CAREGIVING);
        }
        if (i % 11 == 5) {
            set.add(Circumstance.DISABILITY);
        }
        return set;
    }
}
