package jp.hataraku.jobs;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Work on tasks: batches of items, claim-next with leases, drafts, idempotent submits, review
 * actions, and assigned tasks. A worker who is not on the job's team gets {@link NotOnTeam}.
 */
public interface Tasks {

    /** Creates an empty batch in READY state (imports fill it through {@link #addItems}). */
    long createBatch(long jobId, String name, String source, List<String> columns, Optional<Long> createdBy);

    /** Adds items to a batch with the job's overlap slots as OPEN pool tasks; returns how many. */
    int addItems(long batchId, List<NewItem> items);

    /**
     * Leases the next task for the worker: only jobs whose team they are on, whose quality
     * threshold they meet and whose daily cap they have not reached; never an item they already
     * worked on; earliest due date first; gold items mixed in at the job's rate.
     */
    Optional<ClaimedTask> claimNext(long workerId, Optional<Long> jobId);

    /** The task as its worker sees it. */
    TaskView view(long workerId, long taskId);

    /** Saves what the worker typed so far and renews the lease; returns the new draft revision. */
    int saveDraft(long workerId, long taskId, Map<String, String> values);

    /** Keeps the lease alive while the worker is active on the page. */
    void renewLease(long workerId, long taskId);

    /** Hands the task in; where it was done is not recorded (demo data, imports). */
    SubmitOutcome submit(long workerId, long taskId, String submitKey, Map<String, String> values);

    /**
     * Hands the task in from {@code from}, the address the worker's browser or program sent it from:
     * the submission records whether it was done at the worker's town's telework centre or at home
     * (not known when the town has no centre networks or the address is empty).
     */
    SubmitOutcome submit(long workerId, long taskId, String submitKey, Map<String, String> values,
            Optional<java.net.InetAddress> from);

    /** The worker's open tasks (leased, returned, assigned), earliest due first. */
    List<TaskLine> openTasks(long workerId);

    /** Units approved for the worker in a month, per job. */
    List<MonthlyWork> approvedIn(long workerId, YearMonth month);

    /** Returns every task whose lease ran out to the pool; returns how many. */
    int returnExpiredLeases();

    ItemResults itemResults(long itemId);

    /**
     * The job's pool items whose results are in (COMPLETE, ADJUDICATION, CHECKED) and that still
     * have SUBMITTED pool tasks, by batch and sequence; only one batch's when {@code batchId} is given.
     */
    List<ItemInReview> itemsInReview(long jobId, Optional<Long> batchId);

    /** A task's job, item, holder, kind and state, for a reviewer; empty when there is no such task. */
    Optional<TaskInfo> info(long taskId);

    /** Double entry agreed, or an adjudicator decided: the item's final values. */
    void settleItem(long itemId, Map<String, String> finalValues);

    /** The item's results disagree: it waits for an adjudicator. */
    void sendToAdjudication(long itemId);

    void approve(long taskId, long reviewerAccountId);

    /** Back to its worker with a comment; the worker sees the comment and their last result. */
    void returnToWorker(long taskId, String comment, long reviewerAccountId);

    /** Refused: not paid, and the item's slot goes back to the pool for another worker. */
    void reject(long taskId, String comment, long reviewerAccountId);

    /** A director gives a named team member a task; returns its id. */
    long assign(long jobId, long workerId, String title, String instructions, java.time.LocalDate due,
            int estimatedMinutes);

    /** Units approved for a worker in a month on one job. */
    record MonthlyWork(long jobId, String jobTitle, long units) { }
}
