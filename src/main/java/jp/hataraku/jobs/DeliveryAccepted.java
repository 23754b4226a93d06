package jp.hataraku.jobs;

import java.time.LocalDate;

/** The client accepted a delivery (検収); billing invoices it. */
public record DeliveryAccepted(long deliveryId, long jobId, long contractorId, long clientId, int itemCount,
        LocalDate deliveredOn, LocalDate acceptedOn) {
}
