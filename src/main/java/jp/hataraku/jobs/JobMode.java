package jp.hataraku.jobs;

/** Micro-tasks workers claim from a pool, or assignments a director gives a named worker. */
public enum JobMode { POOL, ASSIGNED }
