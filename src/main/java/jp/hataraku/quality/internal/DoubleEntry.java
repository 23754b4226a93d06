package jp.hataraku.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hataraku.jobs.ItemResults;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.quality.Comparison;
import jp.hataraku.quality.FieldOutcome;
import jp.hataraku.quality.FieldSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double entry: once an item has all its overlap results, they are compared field by field. An
 * agreeing item is settled with the accepted values and each worker's agreement is recorded; a
 * disagreeing one goes to adjudication. The same results are compared once however often the
 * event arrives (the comparison row is unique per item and submission set).
 */
@Component
class DoubleEntry {

    private final Tasks tasks;
    private final Jobs jobs;
    private final FieldSpecs fieldSpecs;
    private final QualityRepository repository;
    private final EvidenceLedger ledger;

    DoubleEntry(Tasks tasks, Jobs jobs, FieldSpecs fieldSpecs, QualityRepository repository, EvidenceLedger ledger) {
        this.tasks = tasks;
        this.jobs = jobs;
        this.fieldSpecs = fieldSpecs;
        this.repository = repository;
        this.ledger = ledger;
    }

    /** Compares the item's results when all are in; does nothing otherwise or when already compared. */
    @Transactional
    void compare(long itemId) {
        ItemResults item = tasks.itemResults(itemId);
        List<ItemResults.Result> results = item.results().stream().filter(r -> r.kind() == TaskKind.POOL).toList();
        if (item.isGold() || item.overlap() < 2 || results.size() != item.overlap()) {
            return;
        }
        JobSummary job = jobs.find(item.jobId()).orElseThrow();
        List<FieldSpec> specs = fieldSpecs.of(item.jobId(), item.template());
        if (specs.isEmpty()) {
            return;
        }
        Comparison comparison = Comparison.of(specs, results.stream().map(ItemResults.Result::values).toList());
        String key = results.stream().map(r -> r.submissionId()).sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        String stored = QualityJson.results(results.stream()
                .map(r -> new QualityJson.StoredResult(r.taskId(), r.workerId(), r.values())).toList());
        var comparisonId = repository.insertComparison(job.id(), job.contractorId(), item.batchId(), itemId, key, stored,
                specs.size(), (int) comparison.agreeingFieldCount(), comparison.agreed());
        if (comparisonId.isEmpty()) {
            return; // these results were compared before: a repeated delivery of the event
        }
        if (comparison.agreed()) {
            tasks.settleItem(itemId, inFieldOrder(specs, comparison.acceptedValues()));
            for (ItemResults.Result r : results) {
                int agreed = 0;
                for (FieldOutcome f : comparison.fields()) {
                    if (f.comparisonKey().orElseThrow().equals(f.field().comparisonKey(r.values().get(f.name())))) {
                        agreed++;
                    }
                }
                ledger.record("agree:" + comparisonId.get() + ":" + r.workerId(), job, r.workerId(),
                        EvidenceRepository.Counts.fields(specs.size(), agreed));
            }
        } else {
            tasks.sendToAdjudication(itemId);
            repository.insertAdjudication(comparisonId.get(), job.id(), job.contractorId(), item.batchId(), itemId,
                    comparison.disagreeingFields());
        }
    }

    private static Map<String, String> inFieldOrder(List<FieldSpec> specs, Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        specs.forEach(s -> ordered.put(s.name(), values.getOrDefault(s.name(), "")));
        return ordered;
    }
}
