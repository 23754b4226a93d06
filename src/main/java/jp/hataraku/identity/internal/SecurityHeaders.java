package jp.hataraku.identity.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/** Response headers beyond the CSP: HSTS, Permissions-Policy, no MIME sniffing. */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /** Passkeys need the WebAuthn features on our own origin; nothing else is used. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), "
            + "publickey-credentials-create=(self), publickey-credentials-get=(self)";

    @Bean
    SecurityChainCustomizer strictHeaders() {
        return http -> http.headers(headers -> headers
                // also on plain HTTP: behind a TLS-terminating proxy the app may not see HTTPS; browsers ignore it on http
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .requestMatcher(AnyRequestMatcher.INSTANCE))
                .contentTypeOptions(options -> { })
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
