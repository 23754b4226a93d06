package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class QualityScoreProperties {

    private static QualityEvidence evidence(int goldCorrect, int goldScored, int returned, int reviewed, int agreed,
            int compared) {
        return QualityEvidence.of(Math.min(goldCorrect, goldScored), goldScored, Math.min(returned, reviewed), reviewed,
                Math.min(agreed, compared), compared);
    }

    @Property
    void the_score_is_between_0_and_100(@ForAll @IntRange(max = 1_000_000) int gc, @ForAll @IntRange(max = 1_000_000) int gs,
            @ForAll @IntRange(max = 1_000_000) int rt, @ForAll @IntRange(max = 1_000_000) int rv,
            @ForAll @IntRange(max = 1_000_000) int fa, @ForAll @IntRange(max = 1_000_000) int fc) {
        assertThat(QualityScore.of(evidence(gc, gs, rt, rv, fa, fc)).value()).isBetween(0, 100);
    }

    @Property
    void one_more_correct_gold_task_never_lowers_the_score(@ForAll @IntRange(max = 200) int gc,
            @ForAll @IntRange(min = 1, max = 200) int gs, @ForAll @IntRange(max = 200) int rt,
            @ForAll @IntRange(max = 200) int rv, @ForAll @IntRange(max = 2000) int fa, @ForAll @IntRange(max = 2000) int fc) {
        int correct = Math.min(gc, gs - 1);
        assertThat(QualityScore.of(evidence(correct + 1, gs, rt, rv, fa, fc)).value())
                .isGreaterThanOrEqualTo(QualityScore.of(evidence(correct, gs, rt, rv, fa, fc)).value());
    }

    @Property
    void one_more_returned_task_never_raises_the_score(@ForAll @IntRange(max = 200) int gc,
            @ForAll @IntRange(max = 200) int gs, @ForAll @IntRange(max = 200) int rt,
            @ForAll @IntRange(min = 1, max = 200) int rv, @ForAll @IntRange(max = 2000) int fa,
            @ForAll @IntRange(max = 2000) int fc) {
        int returned = Math.min(rt, rv - 1);
        assertThat(QualityScore.of(evidence(gc, gs, returned + 1, rv, fa, fc)).value())
                .isLessThanOrEqualTo(QualityScore.of(evidence(gc, gs, returned, rv, fa, fc)).value());
    }

    @Property
    void one_more_agreed_field_never_lowers_the_score(@ForAll @IntRange(max = 200) int gc,
            @ForAll @IntRange(max = 200) int gs, @ForAll @IntRange(max = 200) int rt, @ForAll @IntRange(max = 200) int rv,
            @ForAll @IntRange(max = 2000) int fa, @ForAll @IntRange(min = 1, max = 2000) int fc) {
        int agreed = Math.min(fa, fc - 1);
        assertThat(QualityScore.of(evidence(gc, gs, rt, rv, agreed + 1, fc)).value())
                .isGreaterThanOrEqualTo(QualityScore.of(evidence(gc, gs, rt, rv, agreed, fc)).value());
    }

    @Property
    void perfect_evidence_scores_100_and_none_correct_scores_0(@ForAll @IntRange(min = 5, max = 500) int gold,
            @ForAll @IntRange(min = 5, max = 500) int reviewed, @ForAll @IntRange(min = 20, max = 5000) int fields) {
        assertThat(QualityScore.of(evidence(gold, gold, 0, reviewed, fields, fields)).value()).isEqualTo(100);
        assertThat(QualityScore.of(evidence(0, gold, reviewed, reviewed, 0, fields)).value()).isZero();
    }

    @Property
    void meeting_a_threshold_is_monotone(@ForAll @IntRange(max = 100) int value, @ForAll @IntRange(max = 99) int threshold) {
        QualityScore score = new QualityScore(value, false);
        if (score.meets(threshold + 1)) {
            assertThat(score.meets(threshold)).isTrue();
        }
    }
}
