package jp.hataraku.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.Role;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Passkeys (WebAuthn) for workers: Spring Security's registration endpoints with credentials in
 * PostgreSQL, and our own sign-in step ({@link PasskeySignInFilter}) so that a passkey sign-in
 * ends with the same principal, lock checks, audit and new session id as a password one.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    static final String RP_NAME = "Hataraku";

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    /**
     * The origins passkeys may come from. Read on every ceremony, so that on {@code localhost}
     * (development, tests on a random port) the port the server really got is added at start-up.
     */
    @Bean
    PasskeyOrigins passkeyOrigins(@Value("${hataraku.webauthn.rp-id:localhost}") String rpId,
            @Value("${hataraku.webauthn.allowed-origins:http://localhost:8080}") String allowedOrigins) {
        return new PasskeyOrigins(rpId, new CopyOnWriteArraySet<>(origins(allowedOrigins)));
    }

    record PasskeyOrigins(String rpId, Set<String> origins) {

        @EventListener
        public void serverStarted(WebServerInitializedEvent event) {
            if ("localhost".equals(rpId)) {
                origins.add("http://localhost:" + event.getWebServer().getPort());
            }
        }
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials, PasskeyOrigins origins) {
        return new Webauthn4JRelyingPartyOperations(users, credentials,
                PublicKeyCredentialRpEntity.builder().id(origins.rpId()).name(RP_NAME).build(), origins.origins());
    }

    /**
     * Creation options are not serialisable, so they cannot live in the JDBC session; a
     * registration ceremony lasts seconds, so they are kept briefly in memory by session id.
     */
    @Bean
    PublicKeyCredentialCreationOptionsRepository passkeyCreationOptions() {
        return new InMemoryCreationOptions();
    }

    @Bean
    static RouteAccessRules passkeyRoutes() {
        return routes -> routes
                .requestMatchers("/webauthn/authenticate/options", "/login/webauthn").permitAll()
                .requestMatchers("/webauthn/register", "/webauthn/register/**").hasRole(Role.WORKER.name());
    }

    @Bean
    SecurityChainCustomizer passkeys(@Value("${hataraku.webauthn.rp-id:localhost}") String rpId,
            @Value("${hataraku.webauthn.allowed-origins:http://localhost:8080}") String allowedOrigins,
            WebAuthnRelyingPartyOperations relyingParty, AccountRepository accounts, LoginThrottle throttle,
            SecondFactorSignIn secondFactor, Audit audit) {
        return http -> {
            http.webAuthn(webAuthn -> webAuthn.rpName(RP_NAME).rpId(rpId).allowedOrigins(origins(allowedOrigins))
                    .disableDefaultRegistrationPage(true));
            // ahead of Spring's own /login/webauthn filter, which would keep a non-serialisable principal
            http.addFilterBefore(new PasskeySignInFilter(relyingParty, accounts, throttle, secondFactor, audit),
                    BasicAuthenticationFilter.class);
        };
    }

    static Set<String> origins(String commaSeparated) {
        Set<String> origins = new LinkedHashSet<>();
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(origins::add);
        return origins;
    }

    static final class InMemoryCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

        private static final Duration KEEP = Duration.ofMinutes(5);

        private record Entry(PublicKeyCredentialCreationOptions options, Instant until) {
        }

        private final Map<String, Entry> bySession = new ConcurrentHashMap<>();

        @Override
        public void save(HttpServletRequest request, HttpServletResponse response,
                PublicKeyCredentialCreationOptions options) {
            Instant now = Instant.now();
            bySession.values().removeIf(e -> e.until().isBefore(now));
            String session = request.getSession().getId();
            if (options == null) {
                bySession.remove(session);
            } else {
                bySession.put(session, new Entry(options, now.plus(KEEP)));
            }
        }

        @Override
        public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
            var session = request.getSession(false);
            if (session == null) {
                return null;
            }
            Entry entry = bySession.get(session.getId());
            return entry == null || entry.until().isBefore(Instant.now()) ? null : entry.options();
        }
    }
}
