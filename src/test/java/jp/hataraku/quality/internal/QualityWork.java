package jp.hataraku.quality.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.SubmitOutcome;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.Tasks;
import org.awaitility.Awaitility;

/** Drives workers through a job's pool for the quality tests. */
final class QualityWork {

    private QualityWork() {
    }

    /**
     * The worker claims and submits until the pool has nothing more for them; {@code values}
     * gets the card number of the item (1.. from the batch fixture's "card-N.png").
     */
    static int workThrough(Tasks tasks, long worker, long job, Function<Integer, Map<String, String>> values) {
        int done = 0;
        for (int guard = 0; guard < 200; guard++) {
            Optional<ClaimedTask> claimed = tasks.claimNext(worker, Optional.of(job));
            if (claimed.isEmpty()) {
                return done;
            }
            ClaimedTask t = claimed.get();
            String image = tasks.view(worker, t.taskId()).source().getOrDefault("image", "card-0.png");
            int card = Integer.parseInt(image.replaceAll("\\D", "").isEmpty() ? "0" : image.replaceAll("\\D", ""));
            SubmitOutcome outcome = tasks.submit(worker, t.taskId(), "k" + t.taskId(), values.apply(card));
            if (!(outcome instanceof SubmitOutcome.Accepted)) {
                throw new IllegalStateException("not accepted: " + outcome);
            }
            done++;
        }
        throw new IllegalStateException("endless pool");
    }

    static void await(Supplier<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(condition::get);
    }

    static JobDetails with(JobDetails d, TaskTemplate template, int goldRate, int threshold, Optional<String> aql) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), template == null ? d.template() : template, d.overlap(), goldRate, d.leaseMinutes(),
                threshold, d.dailyCap(), aql, d.directorAccountId());
    }

    static List<Long> ids(List<jp.hataraku.jobs.ItemInReview> items) {
        return items.stream().map(jp.hataraku.jobs.ItemInReview::itemId).toList();
    }
}
