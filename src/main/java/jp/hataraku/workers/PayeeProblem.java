package jp.hataraku.workers;

import java.util.Optional;

/**
 * Why a worker's account cannot be used for a transfer: none recorded, or a holder name with a
 * character the contractor's bank does not take ({@code character} names it).
 */
public record PayeeProblem(Kind kind, Optional<String> character) {

    public enum Kind { NO_ACCOUNT, HOLDER_NAME_INVALID }

    public static PayeeProblem noAccount() {
        return new PayeeProblem(Kind.NO_ACCOUNT, Optional.empty());
    }

    public static PayeeProblem invalidHolderName(String character) {
        return new PayeeProblem(Kind.HOLDER_NAME_INVALID, Optional.of(character));
    }
}
