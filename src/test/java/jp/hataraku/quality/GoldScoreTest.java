package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GoldScoreTest {

    private static final List<FieldSpec> CARD = List.of(
            FieldSpec.of("name", FieldType.TEXT),
            FieldSpec.of("tel", FieldType.TEXT, FieldNormalisation.DIGITS_ONLY),
            FieldSpec.of("employees", FieldType.NUMBER),
            FieldSpec.of("memo", FieldType.TEXT));

    private static final Map<String, String> KEY = Map.of("name", "株式会社ABC", "tel", "03-1234-5678", "employees", "1200");

    @Test
    void a_result_matching_every_answered_field_is_correct() {
        GoldScore score = GoldScore.of(CARD, KEY,
                Map.of("name", "株式会社ＡＢＣ", "tel", "0312345678", "employees", "1,200", "memo", "anything"));
        assertThat(score.isCorrect()).isTrue();
        assertThat(score.scored()).isEqualTo(3);
        assertThat(score.correct()).isEqualTo(3);
        assertThat(score.rate().percent()).isEqualTo("100.0%");
        assertThat(score.wrongFields()).isEmpty();
    }

    @Test
    void fields_without_an_answer_in_the_key_are_not_scored() {
        GoldScore score = GoldScore.of(CARD, KEY, Map.of("name", "株式会社ABC", "tel", "03-1234-5678", "employees", "1200"));
        assertThat(score.scored()).isEqualTo(3);
    }

    @Test
    void one_wrong_field_makes_the_task_incorrect_and_scores_the_rest() {
        GoldScore score = GoldScore.of(CARD, KEY, Map.of("name", "株式会社ABD", "tel", "03-1234-5678", "employees", "1200"));
        assertThat(score.isCorrect()).isFalse();
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.wrongFields()).containsExactly("name");
        assertThat(score.rate()).isEqualTo(Rate.of(2, 3));
        assertThat(score.rate().percent()).isEqualTo("66.7%");
    }

    @Test
    void a_field_the_worker_left_out_is_wrong_unless_the_answer_is_empty() {
        Map<String, String> key = Map.of("name", "株式会社ABC", "memo", "");
        GoldScore score = GoldScore.of(CARD, key, Map.of());
        assertThat(score.wrongFields()).containsExactly("name");
        assertThat(score.correct()).isEqualTo(1);
    }

    @Test
    void a_key_that_answers_nothing_scores_nothing_and_proves_nothing() {
        GoldScore score = GoldScore.of(CARD, Map.of(), Map.of("name", "x"));
        assertThat(score.isScored()).isFalse();
        assertThat(score.isCorrect()).isFalse();
        assertThat(score.rate().percent()).isEqualTo("—");
    }

    @Test
    void an_inconsistent_score_cannot_be_built() {
        assertThatThrownBy(() -> new GoldScore(2, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoldScore(3, 2, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
