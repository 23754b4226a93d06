package jp.hataraku.quality.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemResults;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.quality.AcceptanceSampling;
import jp.hataraku.quality.Aql;
import jp.hataraku.quality.LotDecision;
import jp.hataraku.quality.SamplingPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk approval of a batch by acceptance sampling (ISO 2859-1 single sampling, normal inspection,
 * level II). The lot is the batch's items ready for review when the sample is drawn; the sample
 * is drawn with a random seed that is kept with the lot, so the same sample is shown again and
 * can be drawn again to prove it was not hand-picked.
 *
 * <p>The decision: ACCEPT approves every item of the lot still waiting, except the defective
 * ones found in the sample, which go back to their workers with the inspector's comment (a
 * defect found is corrected even in an accepted lot). REJECT returns the defective items the same
 * way and puts the whole batch under 100 % review: no further sample is drawn for it, every item
 * is reviewed one by one. Sampled items count as reviewed in each worker's evidence; items
 * approved on the sample's strength do not.
 */
@Service
class Sampling {

    static final Aql DEFAULT_AQL = Aql.AQL_1_0;

    private final Tasks tasks;
    private final Review review;
    private final SamplingRepository samplings;
    private final EvidenceRepository evidence;
    private final EvidenceLedger ledger;
    private final SecureRandom random = new SecureRandom();

    Sampling(Tasks tasks, Review review, SamplingRepository samplings, EvidenceRepository evidence, EvidenceLedger ledger) {
        this.tasks = tasks;
        this.review = review;
        this.samplings = samplings;
        this.evidence = evidence;
        this.ledger = ledger;
    }

    static Aql aql(JobSummary job) {
        return job.details().aql().flatMap(a -> {
            try {
                return Aql.ofPercent(new BigDecimal(a.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(DEFAULT_AQL);
    }

    /** What the sampling page shows: the ready items, the plan for them, and the latest round. */
    record State(long batchId, List<ItemInReview> ready, SamplingPlan plan, Optional<SamplingRepository.Sampling> round,
            List<SampledItem> sample) {

        public boolean fullReview() {
            return round.filter(r -> r.status().equals("REJECTED")).isPresent();
        }

        public boolean canDraw() {
            return !ready.isEmpty() && round.filter(SamplingRepository.Sampling::open).isEmpty() && !fullReview();
        }
    }

    /** A sampled item with what the inspector said and the item's settled values (empty once approved). */
    record SampledItem(long itemId, Optional<ItemInReview> item, Optional<String> verdict, Optional<String> comment) { }

    @Transactional(readOnly = true)
    State state(JobSummary job, long batchId) {
        List<ItemInReview> ready = review.queue(job, Optional.of(batchId));
        Optional<SamplingRepository.Sampling> round = samplings.latest(batchId, false).filter(s -> s.jobId() == job.id());
        SamplingPlan plan = round.filter(SamplingRepository.Sampling::open)
                .map(r -> AcceptanceSampling.plan(r.lot().size(), Aql.valueOf(r.aql())))
                .orElseGet(() -> AcceptanceSampling.plan(Math.max(ready.size(), 1), aql(job)));
        Map<Long, ItemInReview> byId = ready.stream().collect(Collectors.toMap(ItemInReview::itemId, Function.identity()));
        List<SampledItem> sample = round.map(r -> samplings.items(r.id()).stream()
                .map(s -> new SampledItem(s.itemId(), Optional.ofNullable(byId.get(s.itemId())), s.verdict(), s.comment()))
                .toList()).orElse(List.of());
        return new State(batchId, ready, plan, round, sample);
    }

    /** Draws the sample for the batch's ready items (or keeps the open round). */
    @Transactional
    void draw(JobSummary job, long batchId, long inspector) {
        State state = state(job, batchId);
        if (state.fullReview()) {
            throw new QualityRefusal("quality.sampling.fullReview");
        }
        if (state.round().filter(SamplingRepository.Sampling::open).isPresent()) {
            return;
        }
        if (state.ready().isEmpty()) {
            throw new QualityRefusal("quality.sampling.empty");
        }
        List<Long> lot = state.ready().stream().map(ItemInReview::itemId).sorted().toList();
        SamplingPlan plan = AcceptanceSampling.plan(lot.size(), aql(job));
        long seed = random.nextLong();
        List<Long> sample = AcceptanceSampling.choose(lot, plan.sampleSize(), seed);
        samplings.insert(job.id(), job.contractorId(), batchId, lot, plan.aql().name(), plan.codeLetter().name(),
                plan.sampleSize(), plan.acceptNumber(), plan.rejectNumber(), seed, inspector, sample);
    }

    /** An inspector's verdict on one sampled item. */
    record Verdict(boolean defective, String comment) { }

    /**
     * Records the verdicts and decides the lot. Every sampled item needs a verdict, and a
     * defective one a comment for its workers.
     */
    @Transactional
    LotDecision decide(JobSummary job, long batchId, Map<Long, Verdict> verdicts, long inspector) {
        SamplingRepository.Sampling round = samplings.latest(batchId, true).filter(s -> s.jobId() == job.id())
                .filter(SamplingRepository.Sampling::open)
                .orElseThrow(() -> new QualityRefusal("quality.sampling.notOpen"));
        List<SamplingRepository.SampleItem> sample = samplings.items(round.id());
        for (SamplingRepository.SampleItem s : sample) {
            Verdict v = verdicts.get(s.itemId());
            if (v == null) {
                throw new QualityRefusal("quality.sampling.unmarked");
            }
            if (v.defective() && (v.comment() == null || v.comment().isBlank())) {
                throw new QualityRefusal("quality.sampling.commentRequired");
            }
        }
        Map<Long, ItemInReview> waiting = review.queue(job, Optional.of(batchId)).stream()
                .collect(Collectors.toMap(ItemInReview::itemId, Function.identity()));
        int defects = 0;
        for (SamplingRepository.SampleItem s : sample) {
            Verdict v = verdicts.get(s.itemId());
            String comment = v.defective() ? v.comment().strip() : null;
            samplings.mark(round.id(), s.itemId(), v.defective() ? "DEFECTIVE" : "OK", comment);
            long inspection = evidence.inspection(job.id(), job.contractorId(), batchId, s.itemId(), null, "SAMPLE",
                    v.defective() ? "DEFECTIVE" : "OK", v.defective(), comment, inspector);
            ItemInReview item = waiting.get(s.itemId());
            if (v.defective()) {
                defects++;
            }
            if (item == null) {
                continue;
            }
            for (ItemResults.Result r : item.submitted()) {
                if (v.defective()) {
                    tasks.returnToWorker(r.taskId(), comment, inspector);
                }
                ledger.record("sample:" + inspection + ":" + r.taskId(), job, r.workerId(),
                        EvidenceRepository.Counts.review(v.defective()));
            }
        }
        SamplingPlan plan = AcceptanceSampling.plan(round.lot().size(), Aql.valueOf(round.aql()));
        LotDecision decision = AcceptanceSampling.decide(plan, defects);
        if (decision == LotDecision.ACCEPT) {
            Set<Long> defective = verdicts.entrySet().stream().filter(e -> e.getValue().defective())
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            for (long itemId : round.lot()) {
                ItemInReview item = waiting.get(itemId);
                if (item == null || defective.contains(itemId)) {
                    continue;
                }
                item.submitted().forEach(r -> tasks.approve(r.taskId(), inspector));
            }
        }
        samplings.decide(round.id(), decision == LotDecision.ACCEPT ? "ACCEPTED" : "REJECTED", defects, inspector);
        return decision;
    }
}
