package jp.hataraku.workers;

/**
 * A worker's profile was edited (place of work, roles held, circumstances and the like, which the
 * register keeps as they are now, without history). Published in the changing transaction.
 */
public record WorkerProfileChanged(WorkerId worker, long municipalityId) {
}
