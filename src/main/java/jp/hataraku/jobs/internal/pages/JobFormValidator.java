package jp.hataraku.jobs.internal.pages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.clients.ClientSummary;
import jp.hataraku.jobs.Confidentiality;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.shared.FlexibleDateParser;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;

/**
 * Reads a {@link JobForm} into {@link JobDetails}, or says per field what is wrong (message codes of
 * {@code i18n/jobpages} and {@code i18n/shared}). Never throws on what a person typed.
 */
final class JobFormValidator {

    /** The acceptance quality limits (percent) the sampling plans know, smallest first. */
    static final List<String> AQL_VALUES = List.of("0.065", "0.10", "0.15", "0.25", "0.40", "0.65", "1.0", "1.5",
            "2.5", "4.0", "6.5", "10");

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;

    private JobFormValidator() {
    }

    /**
     * @param clients   the clients the job may be for (its contractor is the client's)
     * @param directors account ids that may direct a job
     * @param template  the template to keep (the builder changes it, not this form)
     */
    static Optional<JobDetails> validate(JobForm f, Map<Long, ClientSummary> clients, Set<Long> directors,
            TaskTemplate template, PageErrors errors) {
        Long clientId = id(f.getClientId());
        ClientSummary client = clientId == null ? null : clients.get(clientId);
        if (client == null) {
            errors.reject("clientId", "jobpages.error.choose");
        }
        String title = f.getTitle().strip();
        if (title.isEmpty()) {
            errors.reject("title", "jobpages.error.required");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "jobpages.error.tooLong", String.valueOf(MAX_TITLE));
        }
        WorkKind kind = oneOf(WorkKind.class, f.getWorkKind(), "workKind", errors);
        JobMode mode = oneOf(JobMode.class, f.getMode(), "mode", errors);
        String description = text(f.getDescription(), "description", MAX_TEXT, errors);
        String deliverable = text(f.getDeliverableFormat(), "deliverableFormat", MAX_TITLE, errors);
        LocalDate due = null;
        Parsed<LocalDate> date = FlexibleDateParser.parse(f.getDueDate());
        if (date.isValid()) {
            due = date.get();
        } else {
            errors.reject("dueDate", date);
        }
        PriceModel price = oneOf(PriceModel.class, f.getPriceModel(), "priceModel", errors);
        Long unitPrice = yen(f.getClientUnitPrice(), "clientUnitPrice", errors);
        PriceModel rewardModel = oneOf(PriceModel.class, f.getRewardModel(), "rewardModel", errors);
        Long rewardYen = yen(f.getRewardYen(), "rewardYen", errors);
        Set<String> qualifications = qualifications(f.getQualifications());
        Confidentiality confidentiality = oneOf(Confidentiality.class, f.getConfidentiality(), "confidentiality", errors);
        Integer overlap = integer(f.getOverlap(), "overlap", 1, 5, errors);
        Integer gold = integer(f.getGoldRatePercent(), "goldRatePercent", 0, 50, errors);
        Integer lease = integer(f.getLeaseMinutes(), "leaseMinutes", 1, 480, errors);
        Integer threshold = integer(f.getQualityThreshold(), "qualityThreshold", 0, 100, errors);
        Optional<Integer> cap = Optional.empty();
        if (!f.getDailyCap().isBlank()) {
            cap = Optional.ofNullable(integer(f.getDailyCap(), "dailyCap", 1, 100_000, errors));
        }
        Optional<String> aql = Optional.empty();
        if (!f.getAql().isBlank()) {
            if (AQL_VALUES.contains(f.getAql().strip())) {
                aql = Optional.of(f.getAql().strip());
            } else {
                errors.reject("aql", "jobpages.error.choose");
            }
        }
        Optional<Long> director = Optional.empty();
        if (!f.getDirectorAccountId().isBlank()) {
            Long d = id(f.getDirectorAccountId());
            if (d == null || !directors.contains(d)) {
                errors.reject("directorAccountId", "jobpages.error.choose");
            } else {
                director = Optional.of(d);
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JobDetails(client.contractorId(), client.id(), title, kind, mode, description,
                deliverable, due, price, unitPrice, new RewardRule(rewardModel, rewardYen), qualifications,
                confidentiality, template, overlap, gold, lease, threshold, cap, aql, director));
    }

    /** Qualifications typed one a line or separated by commas (、 too); blanks and repeats dropped. */
    static Set<String> qualifications(String typed) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(typed.split("[,、，\\r\\n]+")).map(String::strip).filter(q -> !q.isEmpty()).forEach(out::add);
        return out;
    }

    /** The optimistic-lock version the form was read at, or null when missing or not a number. */
    static Integer version(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long id(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(JapaneseText.nfkc(typed).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String typed, String field, PageErrors errors) {
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            errors.reject(field, "jobpages.error.choose");
            return null;
        }
    }

    private static String text(String typed, String field, int max, PageErrors errors) {
        String v = typed.strip();
        if (v.length() > max) {
            errors.reject(field, "jobpages.error.tooLong", String.valueOf(max));
        }
        return v;
    }

    private static Long yen(String typed, String field, PageErrors errors) {
        Parsed<Yen> parsed = Yen.parse(typed);
        if (!parsed.isValid()) {
            errors.reject(field, parsed);
            return null;
        }
        if (parsed.get().isNegative()) {
            errors.reject(field, "jobpages.error.negative");
            return null;
        }
        return parsed.get().amount();
    }

    private static Integer integer(String typed, String field, int min, int max, PageErrors errors) {
        String v = JapaneseText.nfkc(typed).strip();
        if (v.isEmpty()) {
            errors.reject(field, "jobpages.error.required");
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            errors.reject(field, "jobpages.error.integer");
            return null;
        }
        if (n < min || n > max) {
            errors.reject(field, "jobpages.error.range", String.valueOf(min), String.valueOf(max));
            return null;
        }
        return n;
    }
}
