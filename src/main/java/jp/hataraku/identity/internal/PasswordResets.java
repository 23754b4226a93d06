package jp.hataraku.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jp.hataraku.identity.Audit;
import jp.hataraku.shared.TokyoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by an e-mailed link: valid 30 minutes, single use, only its SHA-256 stored. */
@Service
class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    static final Duration VALIDITY = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final TokyoClock clock;
    private final Audit audit;
    private final String from;
    private final String baseUrl;

    PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
            JavaMailSender mail, MessageSource messages, TokyoClock clock, Audit audit,
            @Value("${hataraku.mail.from}") String from, @Value("${hataraku.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.audit = audit;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends a link when the address belongs to an enabled account; says nothing either way. */
    void request(String email, Locale locale) {
        Optional<AccountPrincipal> account = accounts.findByEmail(email).filter(AccountPrincipal::isEnabled);
        if (account.isEmpty()) {
            audit.event("PASSWORD_RESET_REQUESTED_UNKNOWN", AccountRepository.normaliseEmail(email));
            return;
        }
        String token = Hashes.randomToken();
        jdbc.sql("""
                INSERT INTO password_reset_token (token_hash, user_id, created_at, expires_at)
                VALUES (:hash, :user, :now, :expires)
                """)
                .param("hash", Hashes.sha256(token))
                .param("user", account.get().accountId())
                .param("now", Timestamp.from(clock.now()))
                .param("expires", Timestamp.from(clock.now().plus(VALIDITY)))
                .update();
        audit.event("PASSWORD_RESET_REQUESTED", account.get().email());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.get().email());
        message.setSubject(messages.getMessage("reset.mail.subject", null, locale));
        message.setText(messages.getMessage("reset.mail.body",
                new Object[] {account.get().displayName(), baseUrl + "/password-reset/" + token, VALIDITY.toMinutes()},
                locale));
        // sent in the background so that the answer takes as long for a known address as for an unknown one
        CompletableFuture.runAsync(() -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Could not send the password-reset mail: {}", e.getMessage());
            }
        });
    }

    /** The account a still-valid token belongs to. */
    Optional<Long> accountFor(String token) {
        return jdbc.sql("""
                SELECT user_id FROM password_reset_token
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", Hashes.sha256(token == null ? "" : token))
                .param("now", Timestamp.from(clock.now()))
                .query(Long.class).optional();
    }

    sealed interface Outcome {
        record Changed() implements Outcome { }
        record Invalid() implements Outcome { }
        record Rejected(List<String> problems) implements Outcome { }
    }

    /** Sets the new password if the token is valid and the password acceptable; uses the token up. */
    @Transactional
    Outcome reset(String token, String newPassword) {
        Optional<Long> accountId = accountFor(token);
        if (accountId.isEmpty()) {
            return new Outcome.Invalid();
        }
        AccountPrincipal account = accounts.findById(accountId.get()).orElseThrow();
        List<String> problems = policy.problems(account.email(), newPassword);
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        int used = jdbc.sql("""
                UPDATE password_reset_token SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", Hashes.sha256(token)).param("now", Timestamp.from(clock.now())).update();
        if (used != 1) {
            return new Outcome.Invalid();
        }
        jdbc.sql("UPDATE password_reset_token SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", Timestamp.from(clock.now())).param("user", account.accountId()).update();
        accounts.changePassword(account.accountId(), encoder.encode(newPassword));
        audit.change("PASSWORD_RESET", "user_account", account.accountId(), null, null);
        return new Outcome.Changed();
    }
}
