package jp.hataraku.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Component;

/**
 * Builds what jobs tests need through the modules' public APIs: one town and contractor per
 * application context, clients with agreements in force, open pool jobs, active workers on teams.
 */
@Component
public class JobFixtures {

    public static final TaskTemplate CARD = new TaskTemplate(List.of(
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            TemplateField.of("company", "会社名", FieldType.TEXT, false),
            TemplateField.of("phone", "電話番号", FieldType.TEXT, false).withDigitsOnly()));

    private final Organizations organizations;
    private final Clients clients;
    private final Jobs jobs;
    private final Tasks tasks;
    private final Workers workers;
    private final Accounts accounts;
    private final jp.hataraku.shared.TokyoClock clock;
    private long town;
    private long contractor;
    private long director;

    JobFixtures(Organizations organizations, Clients clients, Jobs jobs, Tasks tasks, Workers workers, Accounts accounts,
            jp.hataraku.shared.TokyoClock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.clients = clients;
        this.jobs = jobs;
        this.tasks = tasks;
        this.workers = workers;
        this.accounts = accounts;
    }

    public synchronized long town() {
        if (town == 0) {
            town = organizations.registerMunicipality("作業町", "さぎょうまち", "20", 5000);
            contractor = organizations.registerContractor(new Organizations.NewContractor("作業公社", "さぎょうこうしゃ",
                    "6100005001234", "T6100005001234", "3990000", "長野県作業町1-1"));
            organizations.serve(contractor, town);
            director = accounts.createAccount(WorkerFixtures.uniqueEmail("director"), "ディレクター", WorkerFixtures.PASSWORD,
                    List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
        }
        return town;
    }

    public long contractor() {
        town();
        return contractor;
    }

    public long director() {
        town();
        return director;
    }

    /** A client with a service contract and an NDA in force from a year ago to a year ahead. */
    public long clientWithAgreements(LocalDate today) {
        long client = clients.create(new Clients.NewClient(contractor(), "株式会社テスト", "かぶしきがいしゃてすと",
                ClientType.IN_PREFECTURE, Optional.empty()));
        clients.recordAgreement(client, Clients.AgreementKind.SERVICE_CONTRACT, today.minusYears(1), today.plusYears(1));
        clients.recordAgreement(client, Clients.AgreementKind.NDA, today.minusYears(1), today.plusYears(1));
        return client;
    }

    /** An open pool job with the business-card template. */
    public long openPoolJob(LocalDate today, int overlap) {
        return openPoolJob(today, overlap, details -> details);
    }

    public long openPoolJob(LocalDate today, int overlap, java.util.function.UnaryOperator<JobDetails> adjust) {
        long client = clientWithAgreements(today);
        JobDetails base = JobDetails.pool(contractor(), client, "名刺入力", WorkKind.DATA_ENTRY, today.plusDays(30), CARD,
                overlap, 30, 12);
        JobDetails d = adjust.apply(withDirector(base, director()));
        long job = jobs.create(d);
        jobs.open(job, today);
        return job;
    }

    public static JobDetails withDirector(JobDetails d, long directorAccountId) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(), d.leaseMinutes(), d.qualityThreshold(),
                d.dailyCap(), d.aql(), Optional.of(directorAccountId));
    }

    /** An ACTIVE worker (briefed, terms accepted) of the fixture town. */
    public long activeWorker() {
        long w = workers.apply(WorkerFixtures.application(town()));
        workers.markBriefed(w, clock.today());
        workers.acceptTerms(w, Workers.CURRENT_TERMS_VERSION);
        return w;
    }

    /**
     * {@code n} active workers on the job's team who have accepted its written terms (as they do on
     * /me/terms; here straight through the Jobs API that page calls).
     */
    public List<Long> team(long job, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long w = activeWorker();
            join(job, w);
            ids.add(w);
        }
        return ids;
    }

    /** Adds the worker to the team and records their acceptance of the job's terms. */
    public void join(long job, long workerId) {
        jobs.addMember(job, workerId);
        jobs.recordTermsAccepted(job, workerId);
    }

    /** A batch of {@code n} business cards. */
    public long batch(long job, int n) {
        long batch = tasks.createBatch(job, "テスト", "API", List.of("image"), Optional.empty());
        List<NewItem> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, String> source = new LinkedHashMap<>();
            source.put("image", "card-" + i + ".png");
            items.add(NewItem.of(source));
        }
        tasks.addItems(batch, items);
        return batch;
    }

    public static Map<String, String> card(String name) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("company", "株式会社サンプル");
        v.put("phone", "0312345678");
        return v;
    }
}
