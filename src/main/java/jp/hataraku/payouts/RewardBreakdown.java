package jp.hataraku.payouts;

import java.util.Map;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;

/**
 * One payment worked out: gross (before consumption tax) and by work kind, consumption tax at
 * {@code consumptionTaxRate} percent, the withholding base (the subject kinds' amounts, without
 * consumption tax because the notice shows it separately), the withholding, and the net
 * transferred: {@code gross + consumptionTax − withholding}.
 */
public record RewardBreakdown(Map<WorkKind, Yen> grossByKind, Yen gross, int consumptionTaxRate, Yen consumptionTax,
        Yen withholdingBase, Yen withholding, Yen net) {

    public RewardBreakdown {
        grossByKind = Map.copyOf(grossByKind);
    }
}
