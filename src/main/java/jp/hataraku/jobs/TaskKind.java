package jp.hataraku.jobs;

/** One of an item's overlap slots, a gold check mixed into the pool, or a named assignment. */
public enum TaskKind { POOL, GOLD, ASSIGNED }
