package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TimeApproved;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh town and contractor per test (closings gather every open line of a contractor), active
 * workers with or without an invoice registration number, and approved-work events with unique ids.
 */
@Component
public class PayoutFixtures {

    /** Source ids far from those the jobs tests use. */
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000 + 9_000_000_000_000L);

    private final Organizations organizations;
    private final Workers workers;
    private final JdbcClient jdbc;
    private final TokyoClock clock;

    PayoutFixtures(Organizations organizations, Workers workers, JdbcClient jdbc, TokyoClock clock) {
        this.organizations = organizations;
        this.workers = workers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Place(long town, long contractor) {
    }

    public Place place() {
        long town = organizations.registerMunicipality("支払町", "しはらいちょう", "20", 4000);
        long contractor = organizations.registerContractor(new Organizations.NewContractor("支払公社", "しはらいこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県支払町1-1"));
        organizations.serve(contractor, town);
        return new Place(town, contractor);
    }

    public long worker(long town) {
        long w = workers.apply(WorkerFixtures.application(town));
        workers.markBriefed(w, clock.today());
        workers.acceptTerms(w, Workers.CURRENT_TERMS_VERSION);
        return w;
    }

    /** A worker registered for qualified invoices. */
    public long registeredWorker(long town) {
        long w = worker(town);
        workers.recordInvoiceRegistration(w, java.util.Optional.of("T8100005012345"));
        return w;
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    public static TaskApproved task(Place p, long worker, WorkKind kind, long yen, LocalDate receivedOn, LocalDate approvedOn) {
        return new TaskApproved(nextId(), 1, p.contractor(), 1, worker, kind, 1, new RewardRule(PriceModel.PER_UNIT, yen),
                receivedOn, approvedOn);
    }

    public static TimeApproved time(Place p, long worker, WorkKind kind, long yenPerHour, int minutes, LocalDate on) {
        return new TimeApproved(nextId(), nextId(), 1, p.contractor(), 1, worker, kind, minutes,
                new RewardRule(PriceModel.PER_HOUR, yenPerHour), on, on);
    }
}
