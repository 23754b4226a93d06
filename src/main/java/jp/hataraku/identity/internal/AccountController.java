package jp.hataraku.identity.internal;

import java.util.Arrays;

import jp.hataraku.identity.Audit;
import jp.hataraku.identity.Role;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's own account page: personal API tokens and passkeys. */
@Controller
class AccountController {

    /** Every role may see its own account; a half signed-in staff member (no role yet) may not. */
    static final String[] ALL_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    private final ApiTokens tokens;
    private final Audit audit;

    AccountController(ApiTokens tokens, Audit audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Bean
    static RouteAccessRules accountRoutes() {
        return routes -> routes.requestMatchers("/account", "/account/**").hasAnyRole(ALL_ROLES);
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        return page(account, model);
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(defaultValue = "") String name,
            Model model) {
        String typed = name.strip();
        if (typed.isEmpty() || typed.length() > ApiTokens.MAX_NAME_LENGTH) {
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenNameError", typed.isEmpty() ? "account.token.name.required" : "account.token.name.tooLong");
            return page(account, model);
        }
        String raw = tokens.create(account.accountId(), typed);
        audit.change("API_TOKEN_CREATED", "user_account", account.accountId(), null, java.util.Map.of("name", typed));
        model.addAttribute("newToken", raw);
        return page(account, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountPrincipal account, @PathVariable long id) {
        if (tokens.revoke(account.accountId(), id)) {
            audit.change("API_TOKEN_REVOKED", "api_token", id, null, null);
        }
        return "redirect:/account?revoked";
    }

    private String page(AccountPrincipal account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.list(account.accountId()));
        model.addAttribute("passkeys", account.roles().contains(Role.WORKER));
        return "identity/account";
    }
}
