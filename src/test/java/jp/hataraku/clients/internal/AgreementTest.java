package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.clients.Clients.AgreementKind;
import org.junit.jupiter.api.Test;

/** An agreement is in force on the days of its period, both ends included, only while signed. */
class AgreementTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2027, 3, 31);

    private static Agreement agreement(AgreementStatus status) {
        return new Agreement(1, 1, 1, AgreementKind.NDA, FROM, TO, status, Optional.empty());
    }

    @Test
    void a_signed_agreement_is_in_force_from_its_first_to_its_last_day() {
        Agreement a = agreement(AgreementStatus.SIGNED);
        assertThat(a.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(a.inForceOn(FROM)).isTrue();
        assertThat(a.inForceOn(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(a.inForceOn(TO)).isTrue();
        assertThat(a.inForceOn(TO.plusDays(1))).isFalse();
    }

    @Test
    void a_draft_or_terminated_agreement_is_never_in_force() {
        assertThat(agreement(AgreementStatus.DRAFT).inForceOn(FROM)).isFalse();
        assertThat(agreement(AgreementStatus.TERMINATED).inForceOn(FROM)).isFalse();
    }

    @Test
    void days_left_count_to_the_last_day() {
        Agreement a = agreement(AgreementStatus.SIGNED);
        assertThat(a.daysLeft(TO)).isZero();
        assertThat(a.daysLeft(TO.minusDays(60))).isEqualTo(60);
        assertThat(a.daysLeft(TO.plusDays(1))).isEqualTo(-1);
    }

    @Test
    void status_moves() {
        assertThat(AgreementStatus.DRAFT.mayMoveTo(AgreementStatus.SIGNED)).isTrue();
        assertThat(AgreementStatus.DRAFT.mayMoveTo(AgreementStatus.TERMINATED)).isTrue();
        assertThat(AgreementStatus.SIGNED.mayMoveTo(AgreementStatus.TERMINATED)).isTrue();
        assertThat(AgreementStatus.SIGNED.mayMoveTo(AgreementStatus.DRAFT)).isFalse();
        assertThat(AgreementStatus.TERMINATED.mayMoveTo(AgreementStatus.SIGNED)).isFalse();
        assertThat(AgreementStatus.TERMINATED.mayMoveTo(AgreementStatus.DRAFT)).isFalse();
    }
}
