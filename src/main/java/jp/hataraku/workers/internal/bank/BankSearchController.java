package jp.hataraku.workers.internal.bank;

import java.util.Arrays;

import jp.hataraku.identity.Role;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Options for the bank and branch comboboxes of the bank-account form: htmx asks as the user
 * types and swaps the returned list in. Each option carries the code, name and Zengin kana in
 * data attributes so the form can fill its fields.
 */
@Controller
class BankSearchController {

    private final BankDirectory directory;

    BankSearchController(BankDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/banks/search")
    String banks(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("banks", directory.searchBanks(query));
        return "workers/bankdir/options :: banks";
    }

    @GetMapping("/banks/{code}/branches/search")
    String branches(@PathVariable String code, @RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("bank", directory.bank(code).orElse(null));
        model.addAttribute("branches", directory.searchBranches(code, query));
        return "workers/bankdir/options :: branches";
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        /** Anyone signed in with a role; not a staff member who has given only the password (no role yet). */
        @Bean
        RouteAccessRules bankDirectoryRoutes() {
            String[] roles = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
            return routes -> routes
                    .requestMatchers(HttpMethod.GET, "/banks/search", "/banks/*/branches/search").hasAnyRole(roles);
        }
    }
}
