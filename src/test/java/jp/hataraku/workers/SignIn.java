package jp.hataraku.workers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs in through the real login form and carries the session cookie on later requests. Staff
 * must then give a TOTP code; that step is identity's and is tested there and in the browser
 * journeys, so here a staff member whose password was accepted continues as the app's own
 * principal for that account.
 */
public final class SignIn {

    private SignIn() {
    }

    public static RequestPostProcessor as(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("error")) {
            throw new IllegalStateException("sign-in failed for " + email);
        }
        Cookie[] cookies = result.getResponse().getCookies();
        RequestPostProcessor session = request -> {
            request.setCookies(cookies);
            return request;
        };
        if (target.contains("/login/totp")) {
            // Same session (it carries e.g. an import waiting for confirmation), full principal.
            UserDetailsService accounts = mvc.getDispatcherServlet().getWebApplicationContext()
                    .getBean(UserDetailsService.class);
            RequestPostProcessor principal = user(accounts.loadUserByUsername(email));
            return request -> principal.postProcessRequest(session.postProcessRequest(request));
        }
        return session;
    }
}
