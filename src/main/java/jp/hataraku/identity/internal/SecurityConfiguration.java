package jp.hataraku.identity.internal;

import java.util.List;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RouteAccessRules identityRoutes() {
        return routes -> routes
                .requestMatchers("/", "/login", "/error", "/favicon.ico").permitAll()
                .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The API's description is documentation, not data: other systems read it to integrate.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/openapi", "/api/v1/openapi.yaml")
                .permitAll();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<RouteAccessRules> rules,
            List<SecurityChainCustomizer> customizers) throws Exception {
        http.authorizeHttpRequests(routes -> {
            rules.forEach(rule -> rule.configure(routes));
            routes.anyRequest().denyAll();
        });
        http.formLogin(form -> form.loginPage("/login").permitAll());
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
        for (SecurityChainCustomizer customizer : customizers) {
            customizer.customize(http);
        }
        return http.build();
    }
}
