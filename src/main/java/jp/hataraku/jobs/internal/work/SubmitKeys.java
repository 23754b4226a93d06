package jp.hataraku.jobs.internal.work;

/** A submit key is the client's: a UUID from the page, or an API client's Idempotency-Key. */
final class SubmitKeys {

    private SubmitKeys() {
    }

    static boolean valid(String key) {
        return key != null && key.matches("[A-Za-z0-9_.:-]{8,100}");
    }
}
