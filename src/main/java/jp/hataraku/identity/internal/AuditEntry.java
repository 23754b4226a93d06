package jp.hataraku.identity.internal;

import java.time.Instant;

/** One audit-log line as the administrators' page shows it. Public for the templates. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
        String targetType, String targetId, String beforeState, String afterState, String detail, String remoteAddr) {
}
