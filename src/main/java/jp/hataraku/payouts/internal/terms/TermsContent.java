package jp.hataraku.payouts.internal.terms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.organization.Contractor;
import jp.hataraku.payouts.PaymentDeadline;
import jp.hataraku.payouts.internal.RewardAmounts;
import jp.hataraku.payouts.internal.terms.TermsDocument.Item;
import jp.hataraku.shared.JapaneseDates;
import jp.hataraku.workers.WorkerSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a terms document states, item by item: every item of the Freelance Act, Art. 3 (RULES-JP §1)
 * and the MHLW self-employed telework guideline's expectations (expenses, confidentiality,
 * intellectual property, where to raise a concern). Written in Japanese, the language of the
 * contract, whatever language the page is shown in.
 */
@Component
class TermsContent {

    static final Locale DOCUMENT_LOCALE = Locale.JAPANESE;

    private final MessageSource messages;
    private final JapaneseDates dates;
    private final TermsSettings settings;

    TermsContent(MessageSource messages, JapaneseDates dates, TermsSettings settings) {
        this.messages = messages;
        this.dates = dates;
        this.settings = settings;
    }

    /** An assigned task, as the director gave it. */
    record Assignment(long taskId, String title, String instructions, LocalDate dueDate, int estimatedMinutes) { }

    List<Item> items(Contractor contractor, WorkerSummary worker, JobSummary job, Optional<Assignment> assignment,
            LocalDate orderDate) {
        JobDetails d = job.details();
        List<Item> items = new ArrayList<>();
        add(items, "contractor", msg("terms.value.contractor", contractor.legalName(), contractor.address(),
                contractor.corporateNumber()));
        add(items, "worker", msg("terms.value.worker", worker.name(), String.valueOf(worker.id().value())));
        add(items, "orderDate", dates.both(orderDate));
        add(items, "work", d.title());
        add(items, "workKind", msg("workers.workKind." + d.workKind().name()));
        add(items, "description", d.description().isBlank() ? msg("terms.value.none") : d.description());
        add(items, "deliverableFormat", d.deliverableFormat().isBlank() ? msg("terms.value.none") : d.deliverableFormat());
        assignment.ifPresent(a -> {
            add(items, "assignment", a.title());
            add(items, "instructions", a.instructions().isBlank() ? msg("terms.value.none") : a.instructions());
            if (a.estimatedMinutes() > 0) {
                add(items, "estimate", msg("terms.value.estimate", String.valueOf(a.estimatedMinutes())));
            }
        });
        LocalDate due = assignment.map(Assignment::dueDate).orElse(d.dueDate());
        add(items, "delivery", msg("terms.value.delivery", dates.both(orderDate), dates.both(due)));
        add(items, "place", msg("terms.value.place"));
        add(items, "inspection", msg("terms.value.inspection", String.valueOf(settings.inspectionDays())));
        add(items, "reward", reward(d.reward()));
        int payDay = settings.paymentDay(job.contractorId());
        add(items, "payment", msg("terms.value.payment", String.valueOf(payDay), String.valueOf(PaymentDeadline.DAYS),
                dates.both(orderDate), dates.both(PaymentDeadline.latestFor(orderDate))));
        add(items, "cashSubstitute", msg("terms.value.cashSubstitute"));
        add(items, "expenses", msg("terms.value.expenses"));
        add(items, "confidentiality", msg("terms.value.confidentiality",
                msg("jobpages.confidentiality." + d.confidentiality().name())));
        add(items, "intellectualProperty", msg("terms.value.intellectualProperty"));
        add(items, "concerns", msg("terms.value.concerns", contractor.legalName()));
        return items;
    }

    /** The reward and how it is computed, for each of the job's reward rules. */
    String reward(RewardRule rule) {
        String yen = String.format("%,d", rule.yen());
        return switch (rule.model()) {
            case PER_UNIT -> msg("terms.value.reward.PER_UNIT", yen);
            case PER_HOUR -> {
                int minutes = exampleMinutes(rule.yen());
                long earned = RewardAmounts.forTime(rule, minutes).orElseThrow();
                yield msg("terms.value.reward.PER_HOUR", yen, String.valueOf(minutes), String.format("%,d", earned));
            }
            case FIXED -> msg("terms.value.reward.FIXED", yen);
        };
    }

    /**
     * The minutes of the per-hour example: the first from 7 up whose pay is not a whole number of
     * yen, so the example shows the rounding (7 when the rate divides every minute evenly).
     */
    static int exampleMinutes(long yenPerHour) {
        for (int m = 7; m < 60; m++) {
            if (m * yenPerHour % 60 != 0) {
                return m;
            }
        }
        return 7;
    }

    /** The document as text: the heading, then each item numbered in order. */
    String render(String heading, List<Item> items) {
        StringBuilder text = new StringBuilder(heading).append('\n');
        int n = 1;
        for (Item item : items) {
            text.append(n++).append(". ").append(item.label()).append('\n').append(item.value()).append('\n');
        }
        return text.toString();
    }

    String heading(boolean assignment) {
        return msg(assignment ? "terms.document.headingAssignment" : "terms.document.heading");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(List<Item> items, String key, String value) {
        items.add(new Item(key, msg("terms.item." + key), value));
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, DOCUMENT_LOCALE);
    }
}
