package jp.hataraku.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Audit;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /login/webauthn}: verifies the passkey assertion, then signs in exactly as a
 * password would (lock check, new session id, audit; staff still go through TOTP). Answers the
 * JSON that Spring Security's passkey script expects: {@code {"authenticated":true,"redirectUrl":…}}.
 */
class PasskeySignInFilter extends OncePerRequestFilter {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final SecondFactorSignIn secondFactor;
    private final Audit audit;
    private final HttpSessionPublicKeyCredentialRequestOptionsRepository requestOptions =
            new HttpSessionPublicKeyCredentialRequestOptionsRepository();
    private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build());
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasskeySignInFilter(WebAuthnRelyingPartyOperations relyingParty, AccountRepository accounts, LoginThrottle throttle,
            SecondFactorSignIn secondFactor, Audit audit) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login/webauthn"));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccountPrincipal> account;
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential =
                    (PublicKeyCredential<AuthenticatorAssertionResponse>) converter.read(
                            ResolvableType.forClassWithGenerics(PublicKeyCredential.class, AuthenticatorAssertionResponse.class),
                            new ServletServerHttpRequest(request), null);
            PublicKeyCredentialRequestOptions options = requestOptions.load(request);
            requestOptions.save(request, response, null);
            if (options == null || credential == null) {
                account = Optional.empty();
            } else {
                PublicKeyCredentialUserEntity user = relyingParty.authenticate(
                        new RelyingPartyAuthenticationRequest(options, credential));
                account = accounts.findByEmail(user.getName())
                        .filter(AccountPrincipal::isEnabled)
                        .filter(a -> !throttle.isLocked(a.lockedUntil()));
            }
        } catch (RuntimeException e) {
            logger.debug("Passkey sign-in refused", e);
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            audit.event("SIGN_IN_PASSKEY_FAILED", null);
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "{\"authenticated\":false}");
            return;
        }
        AccountPrincipal signedIn = account.get();
        request.getSession();
        request.changeSessionId();
        throttle.succeeded(signedIn.accountId());
        String next;
        if (signedIn.isStaff()) {
            secondFactor.begin(signedIn, request, response);
            next = signedIn.totpEnabled() ? "/login/totp" : "/login/totp/enrol";
        } else {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                    signedIn.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            next = "/";
        }
        audit.event("SIGN_IN_PASSKEY", signedIn.email());
        write(response, HttpServletResponse.SC_OK,
                "{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + next + "\"}");
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
