package jp.hataraku.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A worker's result on a gold item (a task whose answer is known) scored against the answer key,
 * field by field with the same normalisation as double entry, so a worker is never marked wrong
 * for a difference double entry would have let pass.
 *
 * <p>Only fields that have an answer in the key are scored: a gold item may check just the fields
 * its author was sure of. A field the worker left out is compared as empty.
 *
 * @param scored      how many fields were scored
 * @param correct     how many of those matched the key
 * @param wrongFields the names of the scored fields that did not match, in field order
 */
public record GoldScore(int scored, int correct, List<String> wrongFields) {

    public GoldScore {
        wrongFields = List.copyOf(wrongFields);
        if (scored < 0 || correct < 0 || correct > scored || wrongFields.size() != scored - correct) {
            throw new IllegalArgumentException("inconsistent gold score " + correct + "/" + scored);
        }
    }

    public static GoldScore of(List<FieldSpec> fields, Map<String, String> answerKey, Map<String, String> result) {
        int scored = 0;
        List<String> wrong = new ArrayList<>();
        for (FieldSpec field : fields) {
            String answer = answerKey.get(field.name());
            if (answer == null) {
                continue;
            }
            scored++;
            if (!field.same(answer, result.get(field.name()))) {
                wrong.add(field.name());
            }
        }
        return new GoldScore(scored, scored - wrong.size(), wrong);
    }

    /** Fields correct over fields scored, as a rate ("—" when the key scored nothing). */
    public Rate rate() {
        return Rate.of(correct, scored);
    }

    /**
     * Whether the gold task counts as correct: every scored field matched. A key that scores no
     * field proves nothing, so such a task is not correct (and {@link #isScored()} is false).
     */
    public boolean isCorrect() {
        return scored > 0 && correct == scored;
    }

    public boolean isScored() {
        return scored > 0;
    }
}
