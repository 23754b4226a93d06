package jp.hataraku.workers;

/** A resident worker's identity across modules. */
public record WorkerId(long value) {

    public WorkerId {
        if (value <= 0) {
            throw new IllegalArgumentException("worker id must be positive: " + value);
        }
    }

    public static WorkerId of(long value) {
        return new WorkerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
