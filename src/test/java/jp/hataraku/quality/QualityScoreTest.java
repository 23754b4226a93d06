package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QualityScoreTest {

    @Test
    void a_new_worker_starts_at_the_neutral_80_and_may_claim_at_the_usual_threshold() {
        QualityScore score = QualityScore.of(QualityEvidence.NONE);
        assertThat(score.value()).isEqualTo(80);
        assertThat(score.provisional()).isTrue();
        assertThat(score.meets(80)).isTrue();
        assertThat(score.meets(81)).isFalse();
    }

    @Test
    void too_little_evidence_of_every_kind_keeps_the_neutral_score() {
        QualityScore score = QualityScore.of(QualityEvidence.of(0, 4, 4, 4, 0, 19));
        assertThat(score.value()).isEqualTo(QualityScore.NEUTRAL);
        assertThat(score.provisional()).isTrue();
    }

    @Test
    void with_only_gold_evidence_the_score_is_gold_accuracy() {
        QualityScore score = QualityScore.of(QualityEvidence.of(9, 10, 0, 0, 0, 0));
        assertThat(score.value()).isEqualTo(90);
        assertThat(score.provisional()).isFalse();
    }

    @Test
    void with_only_reviews_the_score_is_the_share_not_returned() {
        assertThat(QualityScore.of(QualityEvidence.of(0, 0, 1, 20, 0, 0)).value()).isEqualTo(95);
    }

    @Test
    void all_three_components_weigh_50_30_20() {
        // gold 8/10 = 0.8, review 1 − 2/10 = 0.8 … → all 0.8 gives 80; then vary one at a time.
        assertThat(QualityScore.of(QualityEvidence.of(8, 10, 2, 10, 80, 100)).value()).isEqualTo(80);
        // gold 1.0, review 0.5, agreement 0.5: 0.5·1.0 + 0.3·0.5 + 0.2·0.5 = 0.75
        assertThat(QualityScore.of(QualityEvidence.of(10, 10, 5, 10, 50, 100)).value()).isEqualTo(75);
        // gold 0.5, review 1.0, agreement 1.0: 0.25 + 0.3 + 0.2 = 0.75
        assertThat(QualityScore.of(QualityEvidence.of(5, 10, 0, 10, 100, 100)).value()).isEqualTo(75);
        // review and agreement only: (0.3·1.0 + 0.2·0.0) / 0.5 = 0.6
        assertThat(QualityScore.of(QualityEvidence.of(0, 0, 0, 10, 0, 100)).value()).isEqualTo(60);
    }

    @Test
    void the_score_is_rounded_down_exactly_so_a_worker_meets_a_threshold_only_by_evidence() {
        assertThat(QualityScore.of(QualityEvidence.of(29, 100, 0, 0, 0, 0)).value()).isEqualTo(29);
        assertThat(QualityScore.of(QualityEvidence.of(799, 1000, 0, 0, 0, 0)).value()).isEqualTo(79);
        assertThat(QualityScore.of(QualityEvidence.of(2, 3, 0, 0, 0, 0)).value()).isEqualTo(QualityScore.NEUTRAL);
        assertThat(QualityScore.of(QualityEvidence.of(4, 6, 0, 0, 0, 0)).value()).isEqualTo(66);
    }

    @Test
    void evidence_adds_up() {
        QualityEvidence april = QualityEvidence.of(2, 3, 0, 2, 10, 10);
        QualityEvidence may = QualityEvidence.of(3, 3, 1, 3, 10, 10);
        assertThat(april.plus(may)).isEqualTo(QualityEvidence.of(5, 6, 1, 5, 20, 20));
    }

    @Test
    void scores_and_thresholds_are_0_to_100() {
        assertThatThrownBy(() -> new QualityScore(101, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualityScore(80, false).meets(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QualityScore(0, false).meets(0)).isTrue();
    }
}
