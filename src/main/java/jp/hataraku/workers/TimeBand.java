package jp.hataraku.workers;

/** When a worker can work. */
public enum TimeBand {
    MORNING, DAYTIME, EVENING, NIGHT
}
