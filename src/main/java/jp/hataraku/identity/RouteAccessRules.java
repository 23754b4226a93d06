package jp.hataraku.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may call its routes, next to its controllers. The security chain
 * applies every module's rules and then denies anything not named (deny by default).
 */
@FunctionalInterface
public interface RouteAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
