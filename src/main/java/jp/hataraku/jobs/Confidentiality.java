package jp.hataraku.jobs;

/** How carefully a job's material is handled (STRICT: telework centre only, no download). */
public enum Confidentiality { NORMAL, CONFIDENTIAL, STRICT }
