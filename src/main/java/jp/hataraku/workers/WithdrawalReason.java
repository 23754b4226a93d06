package jp.hataraku.workers;

/** Why a worker left: 就職, 転居, その他 (a note is then required). */
public enum WithdrawalReason {
    EMPLOYMENT,
    MOVED,
    OTHER;

    public boolean requiresNote() {
        return this == OTHER;
    }
}
