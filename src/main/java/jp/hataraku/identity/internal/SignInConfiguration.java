package jp.hataraku.identity.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Audit;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Password sign-in: lock checks on the application clock, throttling, audit, and the hand-over to TOTP. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(TokyoClock.ZONE);

    @Bean
    AuthenticationProvider passwordAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
            AccountPrincipal account = (AccountPrincipal) user;
            if (throttle.isLocked(account.lockedUntil())) {
                throw new LockedException("locked");
            }
            if (!account.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }

    @Bean
    SecurityChainCustomizer formSignIn(LoginThrottle throttle, Audit audit, SecondFactorSignIn secondFactor) {
        AuthenticationSuccessHandler success = new SuccessHandler(throttle, audit, secondFactor);
        AuthenticationFailureHandler failure = new FailureHandler(throttle, audit);
        return http -> http.formLogin(form -> form.successHandler(success).failureHandler(failure));
    }

    static String lockedUntilParameter(Instant until) {
        return HH_MM.format(until);
    }

    private record SuccessHandler(LoginThrottle throttle, Audit audit, SecondFactorSignIn secondFactor)
            implements AuthenticationSuccessHandler {

        private static final SavedRequestAwareAuthenticationSuccessHandler SAVED = new SavedRequestAwareAuthenticationSuccessHandler();

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            AccountPrincipal account = (AccountPrincipal) authentication.getPrincipal();
            throttle.succeeded(account.accountId());
            audit.event("SIGN_IN_PASSWORD", account.email());
            if (account.isStaff()) {
                secondFactor.begin(account, request, response);
                response.sendRedirect(request.getContextPath()
                        + (account.totpEnabled() ? "/login/totp" : "/login/totp/enrol"));
                return;
            }
            audit.event("SIGN_IN", account.email());
            SAVED.onAuthenticationSuccess(request, response, authentication);
        }
    }

    private record FailureHandler(LoginThrottle throttle, Audit audit) implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String email = AccountRepository.normaliseEmail(request.getParameter("username"));
            Optional<Instant> locked = exception instanceof LockedException
                    ? throttle.lockedUntil(email)
                    : throttle.failed(email);
            audit.event(locked.isPresent() ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", email);
            String target = locked.map(until -> "/login?locked=" + lockedUntilParameter(until)).orElse("/login?error");
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
