package jp.hataraku.workers;

/** Where a worker wants to work. */
public enum WorkPlace {
    HOME, TELEWORK_CENTRE, EITHER
}
