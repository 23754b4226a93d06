package jp.hataraku.demo;

import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.organization.Organizations.NewContractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a fictional town so that every page has something to show.
 * Runs before the application reports ready; does nothing when any town exists.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "hataraku-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final Organizations organizations;
    private final Accounts accounts;
    private final DemoWorkers workers;
    private final DemoClients clients;
    private final DemoJobs jobs;
    private final DemoBilling billing;
    private final DemoPayouts payouts;
    private final DemoReports reports;
    private final TransactionTemplate tx;

    DemoDataLoader(@Value("${hataraku.demo.enabled:true}") boolean enabled, Organizations organizations,
            Accounts accounts, DemoWorkers workers, DemoClients clients, DemoJobs jobs, DemoBilling billing,
            DemoPayouts payouts, DemoReports reports, TransactionTemplate tx) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.accounts = accounts;
        this.workers = workers;
        this.clients = clients;
        this.jobs = jobs;
        this.billing = billing;
        this.payouts = payouts;
        this.reports = reports;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !organizations.municipalities().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> load());
        log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void load() {
        // The demo towns are fictional, so they get no 全国地方公共団体コード: every well-formed code in
        // prefecture 20 is either a real town's or one the Ministry may give a town later, and open data
        // naming a fictional town by it would be a false fact that merges with real data. The open
        // data leaves the code column empty for them (an administrator may record one on the town form).
        long town = organizations.registerMunicipality("山の辺町", "やまのべちょう", "20", 7_012);
        long village = organizations.registerMunicipality("川瀬村", "かわせむら", "20", 3_240);
        long contractor = organizations.registerContractor(new NewContractor(
                "一般財団法人山の辺テレワーク振興公社", "やまのべてれわーくしんこうこうしゃ", "6100005001234",
                "T6100005001234", "3990000", "長野県山の辺町中央1-1"));
        organizations.serve(contractor, town);
        organizations.serve(contractor, village);

        accounts.createAccount("admin@demo.hataraku.jp", "システム管理者", PASSWORD, List.of(RoleGrant.of(Role.SYSTEM_ADMIN)));
        long staff = accounts.createAccount("staff@demo.hataraku.jp", "公社 事務局 佐藤", PASSWORD,
                List.of(RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.registerApiToken(staff, "demo", "demo-staff-token");
        accounts.createAccount("town@demo.hataraku.jp", "山の辺町 企画課 田中", PASSWORD,
                List.of(new RoleGrant(Role.TOWN_STAFF, town)));
        accounts.createAccount("village@demo.hataraku.jp", "川瀬村 総務課 小林", PASSWORD,
                List.of(new RoleGrant(Role.TOWN_STAFF, village)));

        List<Long> active = workers.load(town, village);
        // 一人多役: the demo director is a resident worker who also runs teams.
        accounts.grant(DemoWorkers.DIRECTOR_EMAIL, RoleGrant.of(Role.DIRECTOR));

        clients.load(contractor);
        jobs.load(contractor, accounts.accountIdOf(DemoWorkers.DIRECTOR_EMAIL).orElseThrow(), active);
        billing.load(contractor);
        payouts.load(contractor, active, staff);
        reports.load(village);
    }
}
