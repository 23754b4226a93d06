package jp.hataraku.jobs.internal.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.jobs.Choice;
import jp.hataraku.jobs.Confidentiality;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.workers.WorkKind;

/** Templates and job details for the worker's pages. */
final class WorkFixtures {

    private WorkFixtures() {
    }

    /** Every kind of field a template can have. */
    static final TaskTemplate EVERY_FIELD = new TaskTemplate(List.of(
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            new TemplateField("note", "備考", FieldType.LONG_TEXT, false, Optional.empty(), Optional.empty(),
                    Optional.empty(), false, false, List.of(), "名刺の裏の書き込み"),
            TemplateField.of("amount", "金額", FieldType.NUMBER, false).withRange(BigDecimal.ZERO, new BigDecimal("100000")),
            TemplateField.of("met_on", "交換日", FieldType.DATE, false),
            TemplateField.choice("kind", "種別", FieldType.SINGLE_CHOICE, false,
                    List.of(new Choice("corp", "法人"), new Choice("person", "個人"))),
            TemplateField.choice("tags", "分類", FieldType.MULTIPLE_CHOICE, false,
                    List.of(new Choice("a", "取引先"), new Choice("b", "見込み客"))),
            TemplateField.of("checked", "確認済み", FieldType.CHECKBOX, false)));

    static JobDetails withTemplate(JobDetails d, TaskTemplate template) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), template, d.overlap(), d.goldRatePercent(), d.leaseMinutes(), d.qualityThreshold(),
                d.dailyCap(), d.aql(), d.directorAccountId());
    }

    /** An assigned (hourly) job directed by {@code director}. */
    static JobDetails assigned(long contractor, long client, long director, LocalDate today) {
        return new JobDetails(contractor, client, "議事録作成", WorkKind.TRANSCRIPTION, JobMode.ASSIGNED, "会議の議事録", "DOCX",
                today.plusDays(20), PriceModel.PER_HOUR, 3000, new RewardRule(PriceModel.PER_HOUR, 1200), Set.of(),
                Confidentiality.CONFIDENTIAL, TaskTemplate.empty(), 1, 0, 60, 0, Optional.empty(), Optional.empty(),
                Optional.of(director));
    }
}
