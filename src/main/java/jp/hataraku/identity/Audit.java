package jp.hataraku.identity;

/**
 * The append-only audit log. Every change records who, when, what, and the state before and
 * after; every read of sensitive data (bank details, My Number) records who read whose.
 */
public interface Audit {

    /** A change to {@code targetType}/{@code targetId}; {@code before}/{@code after} are serialised as JSON. */
    void change(String action, String targetType, Object targetId, Object before, Object after);

    /** A read of sensitive data. */
    void sensitiveRead(String what, String targetType, Object targetId);

    /** Anything else worth keeping (sign-ins, failures, exports). */
    void event(String action, String detail);
}
