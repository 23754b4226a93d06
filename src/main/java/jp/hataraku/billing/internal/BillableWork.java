package jp.hataraku.billing.internal;

import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.billing.BillableLine;
import jp.hataraku.billing.BillingUnit;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.TimeApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records what clients owe when the jobs module says work was accepted, by the job's price model
 * and client unit price: per unit, the accepted items × price on each accepted delivery; fixed,
 * the price once per job on its first accepted delivery; per hour, approved minutes × hourly price
 * / 60 (yen fractions cut off, in the client's favour) per approved time log. Each source is
 * recorded at most once, so a re-delivered event changes nothing. Services bear the standard 10 %.
 */
@Component
class BillableWork {

    static final int SERVICE_TAX_RATE = 10;

    private final Jobs jobs;
    private final BillingRepository repository;

    BillableWork(Jobs jobs, BillingRepository repository) {
        this.jobs = jobs;
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(DeliveryAccepted event) {
        record(event);
    }

    @ApplicationModuleListener
    void on(TimeApproved event) {
        record(event);
    }

    /** The line for an accepted delivery (none for per-hour jobs, billed by approved time); true when new. */
    boolean record(DeliveryAccepted event) {
        Optional<JobSummary> job = jobs.find(event.jobId());
        if (job.isEmpty()) {
            return false;
        }
        JobDetails d = job.get().details();
        LocalDate on = event.acceptedOn();
        return switch (d.priceModel()) {
            case PER_UNIT -> repository.recordBillable(new BillingRepository.NewBillable(event.contractorId(),
                    event.clientId(), event.jobId(), BillableLine.Source.DELIVERY, event.deliveryId(), d.title(),
                    event.itemCount(), BillingUnit.ITEM, d.clientUnitPrice(),
                    Math.multiplyExact((long) event.itemCount(), d.clientUnitPrice()), SERVICE_TAX_RATE, on));
            case FIXED -> repository.recordBillable(new BillingRepository.NewBillable(event.contractorId(),
                    event.clientId(), event.jobId(), BillableLine.Source.JOB_FIXED, event.jobId(), d.title(), 1,
                    BillingUnit.JOB, d.clientUnitPrice(), d.clientUnitPrice(), SERVICE_TAX_RATE, on));
            case PER_HOUR -> false;
        };
    }

    /** The line for approved time on a per-hour job; true when new. */
    boolean record(TimeApproved event) {
        Optional<JobSummary> job = jobs.find(event.jobId());
        if (job.isEmpty() || job.get().details().priceModel() != PriceModel.PER_HOUR) {
            return false;
        }
        JobDetails d = job.get().details();
        long amount = Math.multiplyExact((long) event.minutes(), d.clientUnitPrice()) / 60;
        return repository.recordBillable(new BillingRepository.NewBillable(event.contractorId(), event.clientId(),
                event.jobId(), BillableLine.Source.TIME, event.timeLogId(), d.title(), event.minutes(),
                BillingUnit.MINUTE, d.clientUnitPrice(), amount, SERVICE_TAX_RATE, event.approvedOn()));
    }
}
