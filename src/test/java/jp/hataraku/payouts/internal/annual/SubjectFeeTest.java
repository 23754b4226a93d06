package jp.hataraku.payouts.internal.annual;

import static org.assertj.core.api.Assertions.assertThat;

import jp.hataraku.payouts.AnnualPayment;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;
import org.junit.jupiter.api.Test;

/** The annual record counts a fee as the closing treated it, not by the kind's built-in default. */
class SubjectFeeTest {

    @Test
    void a_kind_the_contractor_switched_on_counts_and_one_it_switched_off_does_not() {
        // transcription is not subject by default; this contractor withheld on it (RULES-JP §2: configurable)
        assertThat(AnnualService.subject(new AnnualPayment(1, WorkKind.TRANSCRIPTION, true, Yen.of(80_000), Yen.of(8_168))))
                .isTrue();
        // writing is subject by default; a contractor that switched it off withheld nothing
        assertThat(AnnualService.subject(new AnnualPayment(1, WorkKind.WRITING, false, Yen.of(80_000), Yen.ZERO)))
                .isFalse();
    }

    @Test
    void tax_actually_withheld_makes_a_fee_subject_whatever_the_flag_says() {
        assertThat(AnnualService.subject(new AnnualPayment(1, WorkKind.DATA_ENTRY, false, Yen.of(60_000), Yen.of(10))))
                .isTrue();
    }
}
