package jp.hataraku.payouts.internal;

import java.util.Optional;

import jp.hataraku.payouts.RewardCalculator;
import jp.hataraku.payouts.Withholding;
import jp.hataraku.workers.WorkKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward engine as the closing, the payment notice and the calculations API use it: a
 * {@link RewardCalculator} with the Japanese withholding schedule and the contractor's withholding
 * flags per work kind (their overrides of {@link WorkKind#withholding()}), and the consumption tax
 * rate for a worker by their invoice registration and the contractor's policy.
 */
@Service
public class RewardEngine {

    private final PayoutSettingsRepository settings;

    RewardEngine(PayoutSettingsRepository settings) {
        this.settings = settings;
    }

    /** The calculator without any contractor's overrides: each kind's default flag. */
    public RewardCalculator standard() {
        return RewardCalculator.standard();
    }

    /** The calculator with a contractor's withholding flags. */
    @Transactional(readOnly = true)
    public RewardCalculator forContractor(long contractorId) {
        return calculator(settings.find(contractorId));
    }

    /** The consumption tax rate (percent) a contractor adds for a worker with or without a registration number. */
    @Transactional(readOnly = true)
    public int consumptionTaxRate(long contractorId, Optional<String> registrationNumber) {
        return settings.find(contractorId).consumptionTaxRate(registrationNumber);
    }

    /** The settings in force for a contractor (defaults when none were saved). */
    @Transactional(readOnly = true)
    public PayoutSettings settings(long contractorId) {
        return settings.find(contractorId);
    }

    static RewardCalculator calculator(PayoutSettings s) {
        return new RewardCalculator(Withholding.japan(), s::subjectToWithholding);
    }
}
