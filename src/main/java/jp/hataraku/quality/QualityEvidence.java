package jp.hataraku.quality;

import java.util.Objects;

/**
 * What is known about one worker's quality in one work kind, as counts.
 *
 * @param goldCorrect   gold tasks correct out of gold tasks scored
 * @param tasksReturned tasks returned (差戻し) out of tasks reviewed
 * @param fieldsAgreed  fields agreed out of fields compared in double entry
 */
public record QualityEvidence(Rate goldCorrect, Rate tasksReturned, Rate fieldsAgreed) {

    public static final QualityEvidence NONE = new QualityEvidence(Rate.none(), Rate.none(), Rate.none());

    public QualityEvidence {
        Objects.requireNonNull(goldCorrect);
        Objects.requireNonNull(tasksReturned);
        Objects.requireNonNull(fieldsAgreed);
    }

    public static QualityEvidence of(long goldCorrect, long goldScored, long tasksReturned, long tasksReviewed,
            long fieldsAgreed, long fieldsCompared) {
        return new QualityEvidence(Rate.of(goldCorrect, goldScored), Rate.of(tasksReturned, tasksReviewed),
                Rate.of(fieldsAgreed, fieldsCompared));
    }

    /** This evidence and more of it, e.g. this month's added to the earlier months'. */
    public QualityEvidence plus(QualityEvidence other) {
        return new QualityEvidence(goldCorrect.plus(other.goldCorrect), tasksReturned.plus(other.tasksReturned),
                fieldsAgreed.plus(other.fieldsAgreed));
    }
}
