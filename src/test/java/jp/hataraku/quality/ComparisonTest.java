package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final List<FieldSpec> CARD = List.of(
            FieldSpec.of("name", FieldType.TEXT),
            FieldSpec.of("tel", FieldType.TEXT, FieldNormalisation.DIGITS_ONLY),
            FieldSpec.of("employees", FieldType.NUMBER),
            FieldSpec.of("since", FieldType.DATE),
            FieldSpec.of("prefecture", FieldType.CHOICE));

    private static Map<String, String> card(String name, String tel, String employees, String since, String prefecture) {
        return Map.of("name", name, "tel", tel, "employees", employees, "since", since, "prefecture", prefecture);
    }

    @Test
    void two_entries_that_differ_only_in_form_agree_and_the_first_workers_value_is_accepted() {
        Comparison comparison = Comparison.of(CARD, List.of(
                card("株式会社ＡＢＣ", "03-1234-5678", "1,200", "2023/4/1", "13"),
                card("株式会社ABC ", "0312345678", "１２００", "R5.4.1", "13")));

        assertThat(comparison.agreed()).isTrue();
        assertThat(comparison.disagreeingFields()).isEmpty();
        assertThat(comparison.fields()).allMatch(FieldOutcome::unanimous);
        assertThat(comparison.acceptedValues()).containsExactly(
                Map.entry("name", "株式会社ＡＢＣ"), Map.entry("tel", "03-1234-5678"), Map.entry("employees", "1,200"),
                Map.entry("since", "2023/4/1"), Map.entry("prefecture", "13"));
        assertThat(comparison.field("employees").orElseThrow().comparisonKey()).contains("n:1200");
        assertThat(comparison.field("employees").orElseThrow().normalisedValue()).contains("1200");
        assertThat(comparison.field("since").orElseThrow().normalisedValue()).contains("2023-04-01");
        assertThat(comparison.field("name").orElseThrow().normalisedValue()).contains("株式会社ABC");
    }

    @Test
    void with_two_entries_any_difference_goes_to_adjudication() {
        Comparison comparison = Comparison.of(CARD, List.of(
                card("山田商店", "03-1234-5678", "12", "2023/4/1", "13"),
                card("山本商店", "03-1234-5678", "12", "2023/4/2", "13")));

        assertThat(comparison.agreed()).isFalse();
        assertThat(comparison.disagreeingFields()).containsExactly("name", "since");
        FieldOutcome name = comparison.field("name").orElseThrow();
        assertThat(name.agreement()).isEqualTo(Agreement.DISAGREEMENT);
        assertThat(name.acceptedValue()).isEmpty();
        assertThat(name.normalisedValue()).isEmpty();
        assertThat(comparison.acceptedValues()).containsOnlyKeys("tel", "employees", "prefecture");
        assertThat(comparison.agreeingFieldCount()).isEqualTo(3);
    }

    @Test
    void with_three_entries_a_strict_majority_agrees_and_its_first_value_is_accepted() {
        List<FieldSpec> fields = List.of(FieldSpec.of("name", FieldType.TEXT));
        Comparison comparison = Comparison.of(fields, List.of(
                Map.of("name", "山本"), Map.of("name", "山田"), Map.of("name", "山田 ")));

        FieldOutcome name = comparison.field("name").orElseThrow();
        assertThat(comparison.agreed()).isTrue();
        assertThat(name.agreement()).isEqualTo(Agreement.MAJORITY);
        assertThat(name.agreeing()).isEqualTo(2);
        assertThat(name.results()).isEqualTo(3);
        assertThat(name.acceptedValue()).contains("山田");
        assertThat(name.unanimous()).isFalse();
    }

    @Test
    void with_four_entries_a_two_two_tie_is_not_a_majority() {
        List<FieldSpec> fields = List.of(FieldSpec.of("n", FieldType.NUMBER));
        Comparison comparison = Comparison.of(fields, List.of(
                Map.of("n", "1"), Map.of("n", "2"), Map.of("n", "1"), Map.of("n", "2")));
        assertThat(comparison.disagreeingFields()).containsExactly("n");
    }

    @Test
    void with_five_entries_three_is_a_majority_and_two_is_only_a_plurality() {
        List<FieldSpec> fields = List.of(FieldSpec.of("c", FieldType.CHOICE));
        assertThat(Comparison.of(fields, List.of(
                Map.of("c", "a"), Map.of("c", "b"), Map.of("c", "a"), Map.of("c", "c"), Map.of("c", "a"))).agreed())
                .isTrue();
        assertThat(Comparison.of(fields, List.of(
                Map.of("c", "a"), Map.of("c", "b"), Map.of("c", "a"), Map.of("c", "c"), Map.of("c", "b"))).agreed())
                .isFalse();
    }

    @Test
    void three_different_answers_out_of_three_go_to_adjudication() {
        List<FieldSpec> fields = List.of(FieldSpec.of("c", FieldType.CHOICE));
        assertThat(Comparison.of(fields, List.of(Map.of("c", "a"), Map.of("c", "b"), Map.of("c", "c"))).agreed())
                .isFalse();
    }

    @Test
    void fields_left_out_by_every_worker_agree_as_empty() {
        Comparison comparison = Comparison.of(List.of(FieldSpec.of("memo", FieldType.TEXT)), List.of(Map.of(), Map.of()));
        assertThat(comparison.agreed()).isTrue();
        assertThat(comparison.acceptedValues()).containsEntry("memo", "");
    }

    @Test
    void a_field_left_out_by_one_worker_and_filled_by_the_other_disagrees() {
        Comparison comparison = Comparison.of(List.of(FieldSpec.of("memo", FieldType.TEXT)),
                List.of(Map.of(), Map.of("memo", "至急")));
        assertThat(comparison.agreed()).isFalse();
    }

    @Test
    void multiple_choices_and_checkboxes_compare_by_meaning() {
        List<FieldSpec> fields = List.of(FieldSpec.of("tags", FieldType.MULTIPLE_CHOICE),
                FieldSpec.of("dm", FieldType.CHECKBOX));
        Comparison comparison = Comparison.of(fields, List.of(
                Map.of("tags", "it,food", "dm", "1"), Map.of("tags", "food, it", "dm", "true")));
        assertThat(comparison.agreed()).isTrue();
    }

    @Test
    void double_entry_compares_two_to_five_results() {
        List<FieldSpec> fields = List.of(FieldSpec.of("a", FieldType.TEXT));
        assertThatThrownBy(() -> Comparison.of(fields, List.of(Map.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comparison.of(fields, List.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_field_named_twice_is_a_mistake() {
        List<FieldSpec> fields = List.of(FieldSpec.of("a", FieldType.TEXT), FieldSpec.of("a", FieldType.NUMBER));
        assertThatThrownBy(() -> Comparison.of(fields, List.of(Map.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
