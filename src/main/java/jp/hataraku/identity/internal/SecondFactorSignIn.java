package jp.hataraku.identity.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Audit;
import jp.hataraku.shared.TokyoClock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The second step of a staff sign-in: TOTP enrolment or check, recovery codes, then the full sign-in. */
@Service
class SecondFactorSignIn {

    private final AccountRepository accounts;
    private final RecoveryCodes recoveryCodes;
    private final LoginThrottle throttle;
    private final TokyoClock clock;
    private final Audit audit;
    private final SecureRandom random = new SecureRandom();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorSignIn(AccountRepository accounts, RecoveryCodes recoveryCodes, LoginThrottle throttle,
            TokyoClock clock, Audit audit) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.clock = clock;
        this.audit = audit;
    }

    /** After the password: the session holds only the right to finish the second step. */
    void begin(AccountPrincipal account, HttpServletRequest request, HttpServletResponse response) {
        save(new PendingSecondFactor(account.accountId(), account.email()).toAuthentication(), request, response);
    }

    /** The secret to enrol (Base32), creating a new one unless an unconfirmed one is waiting. */
    @Transactional
    String enrolmentSecret(long accountId) {
        AccountPrincipal account = account(accountId);
        Optional<String> existing = accounts.totpSecret(accountId);
        if (existing.isPresent() && !account.totpEnabled()) {
            return existing.get();
        }
        if (account.totpEnabled()) {
            throw new IllegalStateException("TOTP is already enrolled");
        }
        String secret = Base32.encode(Totp.newSecret(random));
        accounts.setPendingTotpSecret(accountId, secret);
        return secret;
    }

    /** Confirms the enrolment with a first code; the recovery codes to show once, or empty when the code is wrong. */
    @Transactional
    Optional<List<String>> confirmEnrolment(long accountId, String code) {
        AccountPrincipal account = account(accountId);
        if (account.totpEnabled() || !totpMatches(accountId, code)) {
            return Optional.empty();
        }
        accounts.enableTotp(accountId, clock.now());
        List<String> codes = recoveryCodes.replace(accountId);
        audit.change("TOTP_ENROLLED", "user_account", accountId, null, null);
        return Optional.of(codes);
    }

    /** Checks a TOTP or recovery code; a recovery code is used up. Wrong codes count towards the lock. */
    @Transactional
    boolean verify(long accountId, String code) {
        AccountPrincipal account = account(accountId);
        if (!account.totpEnabled()) {
            return false;
        }
        if (totpMatches(accountId, code)) {
            return true;
        }
        if (recoveryCodes.use(accountId, code)) {
            audit.event("RECOVERY_CODE_USED", account.email());
            return true;
        }
        throttle.failed(account.email());
        audit.event("SIGN_IN_SECOND_FACTOR_FAILED", account.email());
        return false;
    }

    boolean isLocked(long accountId) {
        return throttle.isLocked(account(accountId).lockedUntil());
    }

    /** Replaces the half sign-in by the full one, in a new session id. */
    void complete(long accountId, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal account = account(accountId);
        throttle.succeeded(accountId);
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), request, response);
        audit.event("SIGN_IN", account.email());
    }

    private boolean totpMatches(long accountId, String code) {
        return accounts.totpSecret(accountId)
                .map(Base32::decode)
                .flatMap(key -> {
                    var step = Totp.matchingStep(key, code, clock.now());
                    return step.isPresent() ? Optional.of(step.getAsLong()) : Optional.<Long>empty();
                })
                .filter(step -> accounts.useTotpStep(accountId, step))
                .isPresent();
    }

    private AccountPrincipal account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new IllegalStateException("account vanished"));
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
