package jp.hataraku.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.quality.Kappa;
import jp.hataraku.quality.QualityReport;
import jp.hataraku.quality.Rate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job's quality report. Error rate: defective items found (sample inspections marked
 * defective, tasks returned or rejected in review) over items inspected (sampled items and
 * individual reviews; lots approved on a sample's strength are not inspections). Agreement:
 * fields agreed over fields compared in double entry. κ per single-choice field over the
 * double-entered items: Cohen's with overlap 2 (first and second result as the two raters),
 * Fleiss' with more. Gold accuracy per worker.
 */
@Service
class Reports {

    private final QualityRepository repository;
    private final EvidenceRepository evidence;

    Reports(QualityRepository repository, EvidenceRepository evidence) {
        this.repository = repository;
        this.evidence = evidence;
    }

    record GoldLine(long workerId, Rate tasks, Rate fields) { }

    record JobQuality(long jobId, QualityReport report, List<String> choiceFields, List<GoldLine> gold,
            long openAdjudications) { }

    @Transactional(readOnly = true)
    JobQuality of(JobSummary job) {
        EvidenceRepository.ErrorCounts errors = evidence.errors(job.id());
        QualityRepository.FieldCounts agreement = repository.agreement(job.id());
        List<String> choiceFields = job.details().template().fields().stream()
                .filter(f -> f.type() == jp.hataraku.jobs.FieldType.SINGLE_CHOICE).map(TemplateField::name).toList();
        Map<String, Kappa> kappas = kappas(job, choiceFields);
        QualityReport report = QualityReport.of(errors.defective(), errors.inspected(), agreement.agreed(),
                agreement.compared(), kappas);
        List<GoldLine> gold = repository.goldByWorker(job.id()).stream()
                .map(g -> new GoldLine(g.workerId(), Rate.of(g.correct(), g.tasks()), Rate.of(g.fieldsCorrect(), g.fieldsScored())))
                .toList();
        return new JobQuality(job.id(), report, choiceFields, gold, repository.openAdjudicationCount(job.id()));
    }

    private Map<String, Kappa> kappas(JobSummary job, List<String> fields) {
        Map<String, Kappa> kappas = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            return kappas;
        }
        int raters = job.details().overlap();
        List<List<QualityJson.StoredResult>> items = repository.comparisonResults(job.id()).stream()
                .map(QualityJson::results).filter(r -> r.size() == raters && raters >= 2).toList();
        if (items.isEmpty()) {
            return kappas;
        }
        for (String field : fields) {
            List<List<String>> ratings = new ArrayList<>();
            for (List<QualityJson.StoredResult> item : items) {
                ratings.add(item.stream().map(r -> r.values().getOrDefault(field, "")).toList());
            }
            if (raters == 2) {
                kappas.put(field, Kappa.cohen(ratings.stream().map(r -> r.get(0)).toList(),
                        ratings.stream().map(r -> r.get(1)).toList()));
            } else {
                kappas.put(field, Kappa.fleiss(ratings));
            }
        }
        return kappas;
    }
}
