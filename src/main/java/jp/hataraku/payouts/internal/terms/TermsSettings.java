package jp.hataraku.payouts.internal.terms;

import jp.hataraku.payouts.internal.RewardEngine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The settings the written terms state: how long inspection takes and when pay day is. */
@Component
class TermsSettings {

    private final int inspectionDays;
    private final RewardEngine engine;

    TermsSettings(@Value("${hataraku.payouts.terms.inspection-days:10}") int inspectionDays, RewardEngine engine) {
        this.engine = engine;
        if (inspectionDays < 1 || inspectionDays > 59) {
            throw new IllegalArgumentException("inspection must finish within 1 to 59 days of receipt");
        }
        this.inspectionDays = inspectionDays;
    }

    /** Inspection is completed within this many days of receiving the work. */
    int inspectionDays() {
        return inspectionDays;
    }

    /** The day of the next month on which the contractor pays for a month's work (its pay settings). */
    int paymentDay(long contractorId) {
        return engine.settings(contractorId).paymentDay();
    }
}
