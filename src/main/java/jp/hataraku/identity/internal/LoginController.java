package jp.hataraku.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null && locked.matches("\\d{2}:\\d{2}")) {
            model.addAttribute("lockedUntil", locked);
        }
        return "identity/login";
    }
}
