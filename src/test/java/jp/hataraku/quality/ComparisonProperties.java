package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ComparisonProperties {

    /** Characters that matter here: ASCII, full-width ASCII, kana of both widths, kanji, spaces of all kinds. */
    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.strings()
                .withChars("aZ09 -,.()")
                .withCharRange('!', '~')
                .withCharRange('\uFF01', '\uFF5E')
                .withCharRange('\u3041', '\u3096')
                .withCharRange('\u30A1', '\u30FA')
                .withCharRange('\uFF61', '\uFF9F')
                .withChars("山田花子株式会社東京都ー・　\t\u00A0①㈱ﬁ")
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<Set<FieldNormalisation>> flags() {
        return Arbitraries.subsetOf(FieldNormalisation.values())
                .map(s -> s.isEmpty() ? EnumSet.noneOf(FieldNormalisation.class) : EnumSet.copyOf(s));
    }

    @Property
    void normalising_twice_is_normalising_once(@ForAll("typed") String value, @ForAll("flags") Set<FieldNormalisation> flags) {
        String once = FieldNormalisation.apply(flags, value);
        assertThat(FieldNormalisation.apply(flags, once)).isEqualTo(once);
    }

    @Property
    void normalising_any_unicode_twice_is_normalising_once(@ForAll String value,
            @ForAll("flags") Set<FieldNormalisation> flags) {
        String once = FieldNormalisation.apply(flags, value);
        assertThat(FieldNormalisation.apply(flags, once)).isEqualTo(once);
    }

    @Property
    void a_value_always_agrees_with_itself(@ForAll("typed") String value, @ForAll FieldType type,
            @ForAll @IntRange(min = 2, max = 5) int n) {
        List<FieldSpec> fields = List.of(FieldSpec.of("f", type));
        List<Map<String, String>> results = Collections.nCopies(n, Map.of("f", value));
        Comparison comparison = Comparison.of(fields, results);
        assertThat(comparison.agreed()).isTrue();
        assertThat(comparison.field("f").orElseThrow().acceptedValue()).contains(value);
    }

    @Property
    void agreement_does_not_depend_on_which_worker_came_first(
            @ForAll @Size(min = 2, max = 5) List<@IntRange(min = 0, max = 3) Integer> answers, @ForAll FieldType type,
            @ForAll long shuffleSeed) {
        String[] values = {"1,000", "１０００", "2023/4/1", "a"};
        List<FieldSpec> fields = List.of(FieldSpec.of("f", type));
        List<Map<String, String>> results = new ArrayList<>(answers.stream().map(i -> Map.of("f", values[i])).toList());
        FieldOutcome before = Comparison.of(fields, results).fields().get(0);
        Collections.shuffle(results, new Random(shuffleSeed));
        FieldOutcome after = Comparison.of(fields, results).fields().get(0);
        assertThat(after.agreement()).isEqualTo(before.agreement());
        assertThat(after.agreeing()).isEqualTo(before.agreeing());
        assertThat(after.comparisonKey()).isEqualTo(before.comparisonKey());
    }

    @Property
    void two_results_agree_the_same_both_ways(@ForAll("typed") String a, @ForAll("typed") String b,
            @ForAll FieldType type) {
        List<FieldSpec> fields = List.of(FieldSpec.of("f", type));
        assertThat(Comparison.of(fields, List.of(Map.of("f", a), Map.of("f", b))).agreed())
                .isEqualTo(Comparison.of(fields, List.of(Map.of("f", b), Map.of("f", a))).agreed());
    }

    @Property
    void full_width_and_half_width_versions_of_the_same_text_agree(
            @ForAll("asciiAndHalfKana") String halfWidth) {
        String fullWidth = toFullWidth(halfWidth);
        List<FieldSpec> fields = List.of(FieldSpec.of("f", FieldType.TEXT));
        assertThat(Comparison.of(fields, List.of(Map.of("f", halfWidth), Map.of("f", fullWidth))).agreed()).isTrue();
    }

    @Provide
    Arbitrary<String> asciiAndHalfKana() {
        return Arbitraries.strings().withCharRange('!', '~').withCharRange('\uFF66', '\uFF9D').withChars(" ").ofMaxLength(20);
    }

    // Full-width by table, not by the code under test: ASCII by offset, half-width kana by this list.
    private static final String HALF_KANA = "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";
    private static final String FULL_KANA = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            int kana = HALF_KANA.indexOf(c);
            if (kana >= 0) {
                out.append(FULL_KANA.charAt(kana));
            } else if (c == ' ') {
                out.append('\u3000');
            } else {
                out.append((char) (c - 0x21 + 0xFF01));
            }
        }
        return out.toString();
    }
}
