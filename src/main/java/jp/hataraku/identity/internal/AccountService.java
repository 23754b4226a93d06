package jp.hataraku.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    private final ApiTokens apiTokens;
    private final Audit audit;
    private final PasswordResets resets;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, ApiTokens apiTokens,
            Audit audit, PasswordResets resets) {
        this.audit = audit;
        this.resets = resets;
        this.accounts = accounts;
        this.apiTokens = apiTokens;
        this.encoder = encoder;
        this.policy = policy;
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<jp.hataraku.identity.AccountSummary> withRole(Role role) {
        return accounts.withRole(role);
    }

    @Override
    public List<String> passwordProblems(String email, String rawPassword) {
        return policy.problems(email, rawPassword);
    }

    @Override
    public boolean emailTaken(String email) {
        return accounts.emailTaken(email);
    }

    @Override
    public Optional<Long> accountIdOf(String email) {
        return accounts.findByEmail(email).map(AccountPrincipal::accountId);
    }

    @Override
    @Transactional
    public long createWorkerAccount(long workerId, String email, String displayName, String rawPassword) {
        long id = accounts.create(email, displayName, encoder.encode(rawPassword), workerId);
        accounts.grant(id, Role.WORKER, 0);
        return id;
    }

    @Override
    @Transactional
    public long createAccount(String email, String displayName, String rawPassword, List<RoleGrant> roles) {
        long id = accounts.create(email, displayName, encoder.encode(rawPassword), null);
        roles.forEach(grant -> accounts.grant(id, grant.role(), grant.scopeId()));
        return id;
    }

    @Override
    @Transactional
    public void registerApiToken(long accountId, String name, String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            throw new IllegalArgumentException("empty token");
        }
        apiTokens.register(accountId, name, rawToken);
    }

    @Override
    @Transactional
    public void grant(String email, RoleGrant grant) {
        AccountPrincipal account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("no account for that e-mail"));
        accounts.grant(account.accountId(), grant.role(), grant.scopeId());
        audit.change("ROLE_GRANTED", "account", account.accountId(), null,
                java.util.Map.of("role", grant.role().name(), "scope", grant.scopeId()));
    }

    @Override
    @Transactional
    public void enrolTotp(long accountId, String base32Secret) {
        if (Base32.decode(base32Secret).length < 10) {
            throw new IllegalArgumentException("a TOTP secret needs at least 80 bits");
        }
        accounts.setPendingTotpSecret(accountId, base32Secret.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT));
        accounts.enableTotp(accountId, Instant.now());
    }

    @Override
    public void sendPasswordSetupLink(String email, Locale locale) {
        resets.request(email, locale);
    }

    @Override
    public List<jp.hataraku.identity.AccountSummary> holdersOf(Role role, long scopeId) {
        return accounts.holdersOf(role, scopeId);
    }
}
