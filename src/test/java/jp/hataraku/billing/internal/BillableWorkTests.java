package jp.hataraku.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jp.hataraku.billing.BillableLine;
import jp.hataraku.billing.BillingUnit;
import jp.hataraku.billing.Invoice;
import jp.hataraku.billing.Invoices;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.TimeApproved;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Billable lines from the jobs module's events, once per source, by the job's price model. */
@SpringBootTest
class BillableWorkTests {

    @Autowired
    BillableWork work;
    @Autowired
    BillingRepository repository;
    @Autowired
    Invoices invoices;
    @Autowired
    JobFixtures jobs;
    @Autowired
    TokyoClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jp.hataraku.jobs.Jobs jobsApi;

    long job(PriceModel model, long price) {
        return jobs.openPoolJob(clock.today(), 1, d -> new JobDetails(d.contractorId(), d.clientId(), "名刺入力", d.workKind(),
                d.mode(), d.description(), d.deliverableFormat(), d.dueDate(), model, price, d.reward(),
                d.qualifications(), d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(),
                d.leaseMinutes(), d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId()));
    }

    DeliveryAccepted accepted(long job, long deliveryId, int items) {
        return new DeliveryAccepted(deliveryId, job, jobs.contractor(), clientOf(job), items,
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12));
    }

    long clientOf(long job) {
        return jobsApi.find(job).orElseThrow().clientId();
    }

    @Test
    void per_unit_jobs_bill_accepted_items_times_price_once_per_delivery() {
        long job = job(PriceModel.PER_UNIT, 30);
        DeliveryAccepted event = accepted(job, 900_000 + job, 250);
        assertThat(work.record(event)).isTrue();
        assertThat(work.record(event)).as("a repeated event changes nothing").isFalse();
        List<BillableLine> lines = repository.ofJob(job);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(7_500);
            assertThat(l.quantity()).isEqualTo(250);
            assertThat(l.unit()).isEqualTo(BillingUnit.ITEM);
            assertThat(l.taxRate()).isEqualTo(10);
            assertThat(l.workDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        });
    }

    @Test
    void fixed_price_jobs_bill_the_price_once_whatever_the_deliveries() {
        long job = job(PriceModel.FIXED, 50_000);
        assertThat(work.record(accepted(job, 910_000 + job, 10))).isTrue();
        assertThat(work.record(accepted(job, 920_000 + job, 20))).isFalse();
        assertThat(repository.ofJob(job)).extracting(BillableLine::amount).containsExactly(50_000L);
    }

    @Test
    void per_hour_jobs_bill_approved_minutes_and_not_deliveries() {
        long job = job(PriceModel.PER_HOUR, 1_500);
        assertThat(work.record(accepted(job, 930_000 + job, 10))).isFalse();
        TimeApproved time = new TimeApproved(940_000 + job, 1, job, jobs.contractor(), clientOf(job), 1,
                WorkKind.DATA_ENTRY, 95, null, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4));
        assertThat(work.record(time)).isTrue();
        assertThat(work.record(time)).isFalse();
        assertThat(repository.ofJob(job)).singleElement().satisfies(l -> {
            assertThat(l.amount()).as("95 min × ¥1,500/h = ¥2,375").isEqualTo(2_375);
            assertThat(l.unit()).isEqualTo(BillingUnit.MINUTE);
        });
    }

    @Test
    void the_event_after_commit_records_the_line() throws Exception {
        long job = job(PriceModel.PER_UNIT, 40);
        tx.executeWithoutResult(s -> events.publishEvent(accepted(job, 950_000 + job, 5)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (repository.ofJob(job).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(repository.ofJob(job)).extracting(BillableLine::amount).containsExactly(200L);
    }

    @Test
    void an_invoice_per_job_takes_its_unbilled_lines_and_bills_them_once() {
        long job = job(PriceModel.PER_UNIT, 30);
        work.record(accepted(job, 960_000 + job, 100));
        work.record(accepted(job, 970_000 + job, 50));
        long id = invoices.issueForJob(job, LocalDate.of(2026, 11, 30)).get();
        Invoice invoice = invoices.find(id).orElseThrow();
        assertThat(invoice.totalAmount()).isEqualTo(4_500);
        assertThat(invoice.totalTax()).isEqualTo(450);
        assertThat(invoice.jobId()).contains(job);
        assertThat(repository.ofJob(job)).allSatisfy(l -> assertThat(l.invoiceId()).contains(id));
        assertThat(invoices.issueForJob(job, LocalDate.of(2026, 11, 30)).errors()).extracting(e -> e.code())
                .containsExactly("billing.error.noLines");
        long billed = repository.ofJob(job).get(0).id();
        assertThatThrownBy(() -> jdbc.sql("UPDATE billable_line SET amount = 1 WHERE id = :i").param("i", billed).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void an_invoice_per_month_takes_that_months_lines_of_the_client() {
        long job = job(PriceModel.PER_UNIT, 10);
        work.record(accepted(job, 980_000 + job, 10));
        work.record(new DeliveryAccepted(990_000 + job, job, jobs.contractor(), clientOf(job), 7,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)));
        long id = invoices.issueForMonth(clientOf(job), java.time.YearMonth.of(2026, 11), LocalDate.of(2026, 12, 1)).get();
        assertThat(invoices.find(id).orElseThrow().totalAmount()).isEqualTo(100);
        assertThat(invoices.unbilledForClient(clientOf(job))).extracting(BillableLine::amount).containsExactly(70L);
    }
}
