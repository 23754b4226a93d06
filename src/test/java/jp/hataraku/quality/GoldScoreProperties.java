package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class GoldScoreProperties {

    @Property
    void the_answer_key_itself_is_always_correct(@ForAll @StringLength(max = 15) String a,
            @ForAll @StringLength(max = 15) String b, @ForAll FieldType typeA, @ForAll FieldType typeB) {
        List<FieldSpec> fields = List.of(FieldSpec.of("a", typeA), FieldSpec.of("b", typeB));
        Map<String, String> key = Map.of("a", a, "b", b);
        GoldScore score = GoldScore.of(fields, key, key);
        assertThat(score.isCorrect()).isTrue();
        assertThat(score.rate()).isEqualTo(Rate.of(2, 2));
    }

    @Property
    void correct_never_exceeds_scored_and_wrong_fields_make_up_the_difference(
            @ForAll @StringLength(max = 5) String keyA, @ForAll @StringLength(max = 5) String answerA,
            @ForAll @StringLength(max = 5) String answerB, @ForAll FieldType type) {
        List<FieldSpec> fields = List.of(FieldSpec.of("a", type), FieldSpec.of("b", type));
        GoldScore score = GoldScore.of(fields, Map.of("a", keyA), Map.of("a", answerA, "b", answerB));
        assertThat(score.scored()).isEqualTo(1);
        assertThat(score.correct()).isBetween(0, 1);
        assertThat(score.isCorrect()).isEqualTo(fields.get(0).same(keyA, answerA));
    }
}
