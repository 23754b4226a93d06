package jp.hataraku.clients.internal;

/** An agreement is drafted, then signed (in force for its period), and may be terminated early. */
enum AgreementStatus {
    DRAFT,
    SIGNED,
    TERMINATED;

    boolean mayMoveTo(AgreementStatus target) {
        return switch (this) {
            case DRAFT -> target == SIGNED || target == TERMINATED;
            case SIGNED -> target == TERMINATED;
            case TERMINATED -> false;
        };
    }
}
