package jp.hataraku.organization;

/** Where a piece of work was done: at home, or at the town's telework centre (by its networks). */
public enum WorkSite {
    HOME, CENTRE
}
