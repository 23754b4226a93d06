package jp.hataraku.payouts;

import java.time.LocalDate;
import java.util.Map;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;

/**
 * One worker's payout in a pay period: gross by work kind (adjustments included, under their kind),
 * consumption tax, the base and amount of withholding, and the net transferred.
 * {@code earliestDeadline} is the Freelance Act deadline of the earliest-received work in it.
 */
public record WorkerPayout(long periodId, long workerId, long municipalityId, Map<WorkKind, Yen> grossByKind,
        Yen gross, int consumptionTaxRate, Yen consumptionTax, Yen withholdingBase, Yen withholding, Yen net,
        LocalDate paymentDate, LocalDate earliestDeadline) {

    public WorkerPayout {
        grossByKind = Map.copyOf(grossByKind);
    }
}
