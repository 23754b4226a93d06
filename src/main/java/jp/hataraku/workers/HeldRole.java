package jp.hataraku.workers;

/** Roles a worker holds in the programme, several at once (一人多役). */
public enum HeldRole {
    WORKER, DIRECTOR, SALES, TRAINER, REVIEWER
}
