package jp.hataraku.jobs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A director gave a team member an assigned task. Published in the assigning transaction: the pay
 * module issues the written terms of the assignment, and the worker may not work on the task until
 * they accept them ({@link Jobs#recordAssignmentTermsAccepted}).
 */
public record TaskAssigned(long taskId, long jobId, long contractorId, long workerId, String title,
        String instructions, LocalDate dueDate, int estimatedMinutes, Instant assignedAt) {
}
