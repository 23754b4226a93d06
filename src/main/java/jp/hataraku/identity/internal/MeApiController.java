package jp.hataraku.identity.internal;

import java.util.List;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is: a first call to check a token. */
@RestController
class MeApiController {

    record Me(long accountId, String email, String displayName, List<String> roles) {
    }

    @Bean
    static RouteAccessRules meApiRoutes() {
        return routes -> routes.requestMatchers("/api/v1/me").hasAnyRole(AccountController.ALL_ROLES);
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal AccountPrincipal account) {
        return new Me(account.accountId(), account.email(), account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList());
    }
}
