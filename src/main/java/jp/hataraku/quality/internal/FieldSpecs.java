package jp.hataraku.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.quality.FieldNormalisation;
import jp.hataraku.quality.FieldSpec;
import jp.hataraku.quality.FieldType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How quality reads a job's template: each field's type mapped to quality's, with the job's own
 * normalisation of a field where one was set (quality_field_setting), the type's default otherwise.
 */
@Component
class FieldSpecs {

    private final QualityRepository repository;

    FieldSpecs(QualityRepository repository) {
        this.repository = repository;
    }

    List<FieldSpec> of(long jobId, TaskTemplate template) {
        Map<String, Set<FieldNormalisation>> overrides = repository.fieldSettings(jobId);
        return template.fields().stream().map(f -> spec(f, overrides.get(f.name()))).toList();
    }

    /** Each field's normalisation in force for the job: its own where set, its type's default otherwise. */
    @Transactional(readOnly = true)
    Map<String, Set<FieldNormalisation>> current(JobSummary job) {
        Map<String, Set<FieldNormalisation>> current = new LinkedHashMap<>();
        of(job.id(), job.details().template()).forEach(s -> current.put(s.name(), s.normalisation()));
        return current;
    }

    /** Keeps the job's own normalisation of each field given; a field set back to its type's default loses its row. */
    @Transactional
    void save(JobSummary job, Map<String, Set<FieldNormalisation>> flags) {
        for (TemplateField f : job.details().template().fields()) {
            Set<FieldNormalisation> chosen = flags.get(f.name());
            if (chosen == null) {
                continue;
            }
            if (chosen.equals(type(f.type()).defaultNormalisation())) {
                repository.deleteFieldSetting(job.id(), f.name());
            } else {
                repository.saveFieldSetting(job.id(), job.contractorId(), f.name(), chosen);
            }
        }
    }

    static FieldSpec spec(TemplateField field, Set<FieldNormalisation> override) {
        FieldType type = type(field.type());
        return override == null ? FieldSpec.of(field.name(), type) : new FieldSpec(field.name(), type, override);
    }

    static FieldType type(jp.hataraku.jobs.FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT -> FieldType.TEXT;
            case NUMBER -> FieldType.NUMBER;
            case DATE -> FieldType.DATE;
            case SINGLE_CHOICE -> FieldType.CHOICE;
            case MULTIPLE_CHOICE -> FieldType.MULTIPLE_CHOICE;
            case CHECKBOX -> FieldType.CHECKBOX;
        };
    }
}
