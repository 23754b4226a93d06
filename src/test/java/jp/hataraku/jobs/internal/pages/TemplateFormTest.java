package jp.hataraku.jobs.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.Choice;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import org.junit.jupiter.api.Test;

class TemplateFormTest {

    private static FieldForm field(String name, String label, String type) {
        FieldForm f = new FieldForm();
        f.setName(name);
        f.setLabel(label);
        f.setType(type);
        return f;
    }

    private static TemplateForm form(FieldForm... fields) {
        TemplateForm form = new TemplateForm();
        form.setFields(List.of(fields));
        form.setVersion("0");
        return form;
    }

    @Test
    void a_valid_builder_becomes_the_template_in_the_order_shown() {
        FieldForm company = field("company", "会社名", "TEXT");
        company.setRequired(true);
        company.setHelp("名刺の会社名");
        FieldForm zip = field("zip", "郵便番号", "TEXT");
        zip.setPattern("\\d{3}-\\d{4}");
        zip.setDigitsOnly(false);
        FieldForm count = field("count", "枚数", "NUMBER");
        count.setMin("０");
        count.setMax("1,000");
        FieldForm kind = field("kind", "種別", "SINGLE_CHOICE");
        kind.setChoices("A=株式会社\r\nB = 有限会社\n\nC");
        FieldForm kana = field("kana", "フリガナ", "TEXT");
        kana.setKanaOnly(true);

        PageErrors errors = new PageErrors();
        Optional<TaskTemplate> template = form(company, zip, count, kind, kana).toTemplate(errors);

        assertThat(errors.all()).isEmpty();
        TaskTemplate t = template.orElseThrow();
        assertThat(t.fieldNames()).containsExactly("company", "zip", "count", "kind", "kana");
        assertThat(t.field("company").orElseThrow()).satisfies(f -> {
            assertThat(f.required()).isTrue();
            assertThat(f.help()).isEqualTo("名刺の会社名");
        });
        assertThat(t.field("zip").orElseThrow().pattern()).contains("\\d{3}-\\d{4}");
        assertThat(t.field("count").orElseThrow().min()).contains(BigDecimal.ZERO);
        assertThat(t.field("count").orElseThrow().max()).contains(new BigDecimal("1000"));
        assertThat(t.field("kind").orElseThrow().choices())
                .containsExactly(new Choice("A", "株式会社"), new Choice("B", "有限会社"), new Choice("C", "C"));
        assertThat(t.field("kana").orElseThrow().kanaOnly()).isTrue();
    }

    @Test
    void a_template_read_back_into_the_builder_converts_to_the_same_template() {
        TaskTemplate original = new TaskTemplate(List.of(
                TemplateField.of("name", "氏名", FieldType.TEXT, true).withKanaOnly(),
                TemplateField.of("amount", "金額", FieldType.NUMBER, false).withRange(BigDecimal.ONE, BigDecimal.TEN),
                TemplateField.choice("tags", "タグ", FieldType.MULTIPLE_CHOICE, false,
                        List.of(new Choice("x", "エックス"), new Choice("y", "ワイ"))),
                TemplateField.of("zip", "郵便番号", FieldType.TEXT, false).withPattern("[0-9]{7}").withDigitsOnly()));
        PageErrors errors = new PageErrors();
        assertThat(TemplateForm.of(original, 3).toTemplate(errors)).contains(original);
        assertThat(TemplateForm.of(original, 3).getVersion()).isEqualTo("3");
    }

    @Test
    void a_bad_regular_expression_is_a_field_message_not_an_exception() {
        FieldForm f = field("zip", "郵便番号", "TEXT");
        f.setPattern("[0-9");
        PageErrors errors = new PageErrors();
        assertThat(form(f).toTemplate(errors)).isEmpty();
        assertThat(errors.code("fields[0].pattern")).isEqualTo("jobpages.template.pattern");
    }

    @Test
    void duplicate_and_malformed_names_are_refused() {
        PageErrors errors = new PageErrors();
        assertThat(form(field("name", "氏名", "TEXT"), field("name", "氏名2", "TEXT"), field("Name!", "x", "TEXT"),
                field("", "y", "TEXT"), field("会社", "z", "TEXT")).toTemplate(errors)).isEmpty();
        assertThat(errors.code("fields[0].name")).isNull();
        assertThat(errors.code("fields[1].name")).isEqualTo("jobpages.template.duplicate");
        assertThat(errors.code("fields[2].name")).isEqualTo("jobpages.template.name");
        assertThat(errors.code("fields[3].name")).isEqualTo("jobpages.error.required");
        assertThat(errors.code("fields[4].name")).isEqualTo("jobpages.template.name");
    }

    @Test
    void min_above_max_and_non_numbers_are_refused() {
        FieldForm f = field("count", "枚数", "NUMBER");
        f.setMin("10");
        f.setMax("5");
        FieldForm g = field("other", "他", "NUMBER");
        g.setMin("abc");
        PageErrors errors = new PageErrors();
        assertThat(form(f, g).toTemplate(errors)).isEmpty();
        assertThat(errors.code("fields[0].max")).isEqualTo("jobpages.template.minMax");
        assertThat(errors.code("fields[1].min")).isEqualTo("jobpages.error.number");
    }

    @Test
    void a_choice_field_needs_choices_and_each_line_must_be_code_equals_label() {
        PageErrors errors = new PageErrors();
        FieldForm none = field("kind", "種別", "SINGLE_CHOICE");
        FieldForm badLine = field("tags", "タグ", "MULTIPLE_CHOICE");
        badLine.setChoices("A=ok\n株式会社=会社");
        FieldForm twice = field("twice", "重複", "SINGLE_CHOICE");
        twice.setChoices("A=一\nA=二");
        FieldForm unused = field("plain", "文字", "TEXT");
        unused.setChoices("A=一");
        assertThat(form(none, badLine, twice, unused).toTemplate(errors)).isEmpty();
        assertThat(errors.code("fields[0].choices")).isEqualTo("jobpages.template.choicesRequired");
        assertThat(errors.code("fields[1].choices")).isEqualTo("jobpages.template.choiceLine");
        assertThat(errors.args("fields[1].choices")).containsExactly("2");
        assertThat(errors.code("fields[2].choices")).isEqualTo("jobpages.template.choiceDuplicate");
        assertThat(errors.code("fields[3].choices")).isEqualTo("jobpages.template.choicesUnused");
    }

    @Test
    void an_unknown_type_and_a_missing_label_are_refused() {
        PageErrors errors = new PageErrors();
        assertThat(form(field("a", "", "TEXT"), field("b", "B", "PICTURE")).toTemplate(errors)).isEmpty();
        assertThat(errors.code("fields[0].label")).isEqualTo("jobpages.error.required");
        assertThat(errors.code("fields[1].type")).isEqualTo("jobpages.error.choose");
    }

    @Test
    void the_layout_buttons_add_move_and_remove_fields() {
        TemplateForm form = form(field("a", "A", "TEXT"), field("b", "B", "TEXT"), field("c", "C", "TEXT"));
        assertThat(form.rearrange("up:2")).isTrue();
        assertThat(form.getFields()).extracting(FieldForm::getName).containsExactly("a", "c", "b");
        form.rearrange("down:0");
        assertThat(form.getFields()).extracting(FieldForm::getName).containsExactly("c", "a", "b");
        form.rearrange("up:0");
        form.rearrange("down:2");
        assertThat(form.getFields()).extracting(FieldForm::getName).containsExactly("c", "a", "b");
        form.rearrange("remove:1");
        assertThat(form.getFields()).extracting(FieldForm::getName).containsExactly("c", "b");
        form.rearrange("add");
        assertThat(form.getFields()).extracting(FieldForm::getName).containsExactly("c", "b", "field_3");
        assertThat(form.rearrange("remove:99")).isTrue();
        assertThat(form.rearrange("up:x")).isTrue();
        assertThat(form.getFields()).hasSize(3);
        assertThat(form.rearrange("save")).isFalse();
    }

    @Test
    void the_preview_follows_what_is_typed_even_when_invalid() {
        FieldForm kind = field("kind", "", "SINGLE_CHOICE");
        kind.setChoices("A=株式会社\nbad line=\n");
        var preview = form(kind).preview();
        assertThat(preview).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("kind");
            assertThat(p.type()).isEqualTo(FieldType.SINGLE_CHOICE);
            assertThat(p.choices()).containsExactly(new Choice("A", "株式会社"));
        });
    }
}
