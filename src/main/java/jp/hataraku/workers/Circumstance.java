package jp.hataraku.workers;

/**
 * Self-declared circumstances, used only for anonymous statistics. Special care-required data:
 * stored only with the applicant's explicit consent.
 */
public enum Circumstance {
    RAISING_CHILDREN, CAREGIVING, DISABILITY
}
