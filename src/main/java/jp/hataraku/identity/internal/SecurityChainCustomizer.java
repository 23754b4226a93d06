package jp.hataraku.identity.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A piece of the one security filter chain (TOTP step, passkeys, API tokens, throttling…), each
 * in its own class so that the chain reads as a list of features.
 */
interface SecurityChainCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
