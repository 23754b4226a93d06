package jp.hataraku.identity.internal;

import java.util.Locale;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @Bean
    static RouteAccessRules passwordResetRoutes() {
        return routes -> routes.requestMatchers("/password-reset", "/password-reset/*").permitAll();
    }

    @GetMapping("/password-reset")
    String requestForm() {
        return "identity/password-reset-request";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
        String typed = email.strip();
        if (!typed.matches("[^@\\s]+@[^@\\s]+")) {
            model.addAttribute("email", typed);
            model.addAttribute("emailError", typed.isEmpty() ? "reset.email.required" : "reset.email.invalid");
            return "identity/password-reset-request";
        }
        resets.request(typed, locale);
        model.addAttribute("sent", true);
        return "identity/password-reset-request";
    }

    @GetMapping("/password-reset/{token}")
    String newPasswordForm(@PathVariable String token, Model model) {
        if (resets.accountFor(token).isEmpty()) {
            return "identity/password-reset-invalid";
        }
        model.addAttribute("token", token);
        return "identity/password-reset-form";
    }

    @PostMapping("/password-reset/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        if (!password.equals(confirmation) && resets.accountFor(token).isPresent()) {
            model.addAttribute("token", token);
            model.addAttribute("confirmationError", "reset.confirmation.mismatch");
            return "identity/password-reset-form";
        }
        PasswordResets.Outcome outcome = resets.reset(token, password);
        if (outcome instanceof PasswordResets.Outcome.Changed) {
            return "redirect:/login?reset";
        }
        if (outcome instanceof PasswordResets.Outcome.Rejected rejected) {
            model.addAttribute("token", token);
            model.addAttribute("passwordErrors", rejected.problems());
            return "identity/password-reset-form";
        }
        return "identity/password-reset-invalid";
    }
}
