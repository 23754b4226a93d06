package jp.hataraku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AcceptanceSamplingProperties {

    @Property
    void single_sampling_rejects_at_one_more_than_it_accepts(@ForAll @IntRange(min = 1, max = 2_000_000) int lotSize,
            @ForAll Aql aql) {
        SamplingPlan plan = AcceptanceSampling.plan(lotSize, aql);
        assertThat(plan.rejectNumber()).isEqualTo(plan.acceptNumber() + 1);
        assertThat(plan.decide(plan.acceptNumber())).isEqualTo(LotDecision.ACCEPT);
        assertThat(plan.decide(Math.min(plan.rejectNumber(), plan.sampleSize()))).isEqualTo(
                plan.rejectNumber() <= plan.sampleSize() ? LotDecision.REJECT : LotDecision.ACCEPT);
    }

    @Property
    void a_bigger_lot_never_gets_a_smaller_sample(@ForAll @IntRange(min = 1, max = 1_000_000) int lotSize,
            @ForAll @IntRange(min = 1, max = 1_000_000) int more, @ForAll Aql aql) {
        assertThat(AcceptanceSampling.plan(lotSize + more, aql).sampleSize())
                .isGreaterThanOrEqualTo(AcceptanceSampling.plan(lotSize, aql).sampleSize());
    }

    @Property
    void the_sample_never_exceeds_the_lot_and_is_all_of_it_exactly_when_inspecting_all(
            @ForAll @IntRange(min = 1, max = 5000) int lotSize, @ForAll Aql aql) {
        SamplingPlan plan = AcceptanceSampling.plan(lotSize, aql);
        assertThat(plan.sampleSize()).isLessThanOrEqualTo(lotSize);
        assertThat(plan.inspectAll()).isEqualTo(plan.codeLetter().sampleSize() >= lotSize);
        if (!plan.inspectAll()) {
            assertThat(plan.sampleSize()).isEqualTo(plan.codeLetter().sampleSize());
        }
    }

    @Property
    void a_stricter_aql_never_accepts_more_defects_in_the_same_sample(
            @ForAll @IntRange(min = 2, max = 1_000_000) int lotSize, @ForAll Aql aql) {
        if (aql.ordinal() == 0) {
            return;
        }
        SamplingPlan looser = AcceptanceSampling.plan(lotSize, aql);
        SamplingPlan stricter = AcceptanceSampling.plan(lotSize, Aql.values()[aql.ordinal() - 1]);
        if (looser.codeLetter() == stricter.codeLetter()) {
            assertThat(stricter.acceptNumber()).isLessThanOrEqualTo(looser.acceptNumber());
        }
    }

    @Property
    void a_drawn_sample_has_no_duplicates_and_comes_from_the_items(
            @ForAll @Size(max = 300) List<@IntRange(min = 1, max = 500) Integer> raw,
            @ForAll @IntRange(min = 0, max = 400) int n, @ForAll long seed) {
        List<Long> ids = raw.stream().map(Integer::longValue).toList();
        List<Long> sample = AcceptanceSampling.choose(ids, n, seed);
        long distinct = ids.stream().distinct().count();
        assertThat(sample).hasSize((int) Math.min(n, distinct));
        assertThat(new HashSet<>(sample)).hasSameSizeAs(sample);
        assertThat(ids).containsAll(sample);
        assertThat(AcceptanceSampling.choose(ids, n, seed)).isEqualTo(sample);
    }
}
