package jp.hataraku.workers;

import java.util.Optional;

/** A worker as a transfer needs them: who they are, and either a usable account or the problem with it. */
public record Payee(PayeeDetails details, Optional<PayeeAccount> account, Optional<PayeeProblem> problem) {

    public Payee {
        if (account.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a payee has either an account or a problem");
        }
    }

    public boolean payable() {
        return account.isPresent();
    }
}
