package jp.hataraku.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.hataraku.billing.BillableRecorded;
import jp.hataraku.billing.InvoiceIssued;
import jp.hataraku.billing.Invoices;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Billing says when a billable line is recorded (once per source) and when an invoice is issued. */
@SpringBootTest
@RecordApplicationEvents
class BillingEventsTests {

    @Autowired
    BillableWork work;
    @Autowired
    Invoices invoices;
    @Autowired
    JobFixtures jobs;
    @Autowired
    TokyoClock clock;
    @Autowired
    jp.hataraku.jobs.Jobs jobsApi;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_new_billable_line_and_an_issued_invoice_are_published_a_repeated_source_is_not() {
        long job = jobs.openPoolJob(clock.today(), 1, d -> new JobDetails(d.contractorId(), d.clientId(), "名刺入力",
                d.workKind(), d.mode(), d.description(), d.deliverableFormat(), d.dueDate(), PriceModel.PER_UNIT, 30,
                d.reward(), d.qualifications(), d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(),
                d.leaseMinutes(), d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId()));
        long client = jobsApi.find(job).orElseThrow().clientId();
        DeliveryAccepted accepted = new DeliveryAccepted(880_000 + job, job, jobs.contractor(), client, 10,
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12));
        events.clear();
        assertThat(work.record(accepted)).isTrue();
        assertThat(work.record(accepted)).isFalse();
        assertThat(events.stream(BillableRecorded.class))
                .containsExactly(new BillableRecorded(jobs.contractor(), client, LocalDate.of(2026, 11, 12)));

        long invoice = invoices.issueForJob(job, LocalDate.of(2026, 11, 30)).get();
        assertThat(events.stream(InvoiceIssued.class))
                .containsExactly(new InvoiceIssued(invoice, jobs.contractor(), client, LocalDate.of(2026, 11, 30)));
    }
}
