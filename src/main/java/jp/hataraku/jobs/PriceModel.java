package jp.hataraku.jobs;

/** How the client pays for a job, and how a worker's reward is counted. */
public enum PriceModel { PER_UNIT, PER_HOUR, FIXED }
