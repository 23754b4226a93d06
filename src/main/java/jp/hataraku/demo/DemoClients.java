package jp.hataraku.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.clients.Clients.NewClient;
import jp.hataraku.clients.Clients.NewLead;
import jp.hataraku.clients.LeadSource;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.WorkerStateOnDate;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Component;

/**
 * The demo contractor's clients: three of different kinds with a service contract and NDA in
 * force (one contract ending within 60 days, so the renewal list has something), two leads (one
 * from a WORK TRIP visit), and a portal sign-in for the first client.
 */
@Component
class DemoClients {

    static final String CLIENT_USER_EMAIL = "client@demo.hataraku.jp";

    private final Clients clients;
    private final Accounts accounts;
    private final Workers workers;
    private final TokyoClock clock;

    DemoClients(Clients clients, Accounts accounts, Workers workers, TokyoClock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.workers = workers;
        this.clock = clock;
    }

    void load(long contractor) {
        LocalDate today = clock.today();
        long listed = clients.create(new NewClient(contractor, "株式会社みなと情報サービス", "みなとじょうほうさーびす",
                ClientType.LISTED_COMPANY, Optional.of("2010001000005")));
        long council = clients.create(new NewClient(contractor, "社会福祉法人山の辺町社会福祉協議会",
                "やまのべちょうしゃかいふくしきょうぎかい", ClientType.WELFARE_COUNCIL, Optional.empty()));
        long local = clients.create(new NewClient(contractor, "有限会社高原ペンションやまびこ", "こうげんぺんしょんやまびこ",
                ClientType.IN_TOWN, Optional.empty()));
        for (long client : List.of(listed, council)) {
            clients.recordAgreement(client, AgreementKind.SERVICE_CONTRACT, today.minusMonths(6), today.plusYears(1));
            clients.recordAgreement(client, AgreementKind.NDA, today.minusMonths(6), today.plusYears(1));
        }
        clients.recordAgreement(local, AgreementKind.SERVICE_CONTRACT, today.minusMonths(11), today.plusDays(40));
        clients.recordAgreement(local, AgreementKind.NDA, today.minusMonths(11), today.plusYears(1));

        Optional<Long> sales = salesWorker(today);
        clients.recordLead(new NewLead(contractor, "株式会社シティソフト開発", "してぃそふとかいはつ", LeadSource.WORKTRIP_VISIT,
                sales, "開発合宿（3日間・12名）で来訪。名刺データ入力に関心あり。", today.minusDays(20)));
        clients.recordLead(new NewLead(contractor, "川瀬村商工会", "かわせむらしょうこうかい", LeadSource.SEMINAR, sales,
                "テレワーク説明セミナーに参加。会員名簿の入力を検討中。", today.minusDays(5)));

        accounts.createAccount(CLIENT_USER_EMAIL, "みなと情報サービス 総務部 山本", DemoDataLoader.PASSWORD,
                List.of(new RoleGrant(Role.CLIENT_USER, listed)));
    }

    /** A worker of the sales team to follow the leads up (any active worker when none holds that role). */
    private Optional<Long> salesWorker(LocalDate today) {
        List<Long> active = workers.statusOn(today, Optional.empty()).stream()
                .filter(s -> s.status() == WorkerStatus.ACTIVE).map(WorkerStateOnDate::workerId)
                .map(id -> id.value()).sorted(Comparator.naturalOrder()).toList();
        return active.stream()
                .filter(id -> workers.find(id).map(w -> w.rolesHeld().contains(HeldRole.SALES)).orElse(false))
                .findFirst().or(() -> active.stream().findFirst());
    }
}
