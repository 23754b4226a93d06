package jp.hataraku.workers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in through the real login form and carries the session cookie on later requests. */
final class SignIn {

    private SignIn() {
    }

    static RequestPostProcessor as(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andReturn();
        Cookie[] cookies = result.getResponse().getCookies();
        if (result.getResponse().getRedirectedUrl() == null || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new IllegalStateException("sign-in failed for " + email);
        }
        return request -> {
            request.setCookies(cookies);
            return request;
        };
    }
}
