package jp.hataraku.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of a staff sign-in: enrol an authenticator app once, then give a code each time. */
@Controller
class SecondFactorController {

    static final String ISSUER = "Hataraku";

    private final SecondFactorSignIn secondFactor;
    private final AccountRepository accounts;

    SecondFactorController(SecondFactorSignIn secondFactor, AccountRepository accounts) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
    }

    @Bean
    static RouteAccessRules secondFactorRoutes() {
        return routes -> routes.requestMatchers("/login/totp", "/login/totp/enrol")
                .hasAuthority(PendingSecondFactor.AUTHORITY);
    }

    @GetMapping("/login/totp")
    String codeForm() {
        return "identity/totp";
    }

    @PostMapping("/login/totp")
    String checkCode(@AuthenticationPrincipal PendingSecondFactor pending, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (secondFactor.verify(pending.accountId(), code)) {
            secondFactor.complete(pending.accountId(), request, response);
            return "redirect:/";
        }
        Optional<String> locked = accounts.lockedUntil(pending.email())
                .filter(until -> secondFactor.isLocked(pending.accountId()))
                .map(SignInConfiguration::lockedUntilParameter);
        if (locked.isPresent()) {
            new SecurityContextLogoutHandler().logout(request, response, null);
            return "redirect:/login?locked=" + locked.get();
        }
        model.addAttribute("codeError", "totp.wrongCode");
        return "identity/totp";
    }

    @GetMapping("/login/totp/enrol")
    String enrolForm(@AuthenticationPrincipal PendingSecondFactor pending, Model model) {
        if (accounts.findById(pending.accountId()).map(AccountPrincipal::totpEnabled).orElse(false)) {
            return "redirect:/login/totp";
        }
        addEnrolment(pending, model);
        return "identity/totp-enrol";
    }

    @PostMapping("/login/totp/enrol")
    String confirmEnrolment(@AuthenticationPrincipal PendingSecondFactor pending,
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<List<String>> codes = secondFactor.confirmEnrolment(pending.accountId(), code);
        if (codes.isEmpty()) {
            if (accounts.findById(pending.accountId()).map(AccountPrincipal::totpEnabled).orElse(false)) {
                return "redirect:/login/totp";
            }
            model.addAttribute("codeError", "totp.wrongCode");
            addEnrolment(pending, model);
            return "identity/totp-enrol";
        }
        secondFactor.complete(pending.accountId(), request, response);
        model.addAttribute("codes", codes.get());
        return "identity/recovery-codes";
    }

    private void addEnrolment(PendingSecondFactor pending, Model model) {
        String secret = secondFactor.enrolmentSecret(pending.accountId());
        String label = URLEncoder.encode(ISSUER + ":" + pending.email(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS;
        model.addAttribute("qrCode", QrCodes.svgDataUri(uri));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
    }
}
