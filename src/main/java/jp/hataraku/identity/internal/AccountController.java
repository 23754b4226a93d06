package jp.hataraku.identity.internal;

import java.util.Arrays;

import jp.hataraku.identity.Role;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's own account page. */
@Controller
class AccountController {

    /** Every role may see its own account; a half signed-in staff member (no role yet) may not. */
    static final String[] ALL_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    @Bean
    static RouteAccessRules accountRoutes() {
        return routes -> routes.requestMatchers("/account", "/account/**").hasAnyRole(ALL_ROLES);
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        model.addAttribute("account", account);
        return "identity/account";
    }
}
