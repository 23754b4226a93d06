package jp.hataraku.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The JSON API under /api/v1: {@code Authorization: Bearer <token>} signs a request in as the
 * token's owner, for that request only (no session, no CSRF); refusals are RFC 9457 problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String API = "/api/v1/";

    static final RequestMatcher API_REQUEST = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + API);

    static final RequestMatcher BEARER_API_REQUEST = request -> API_REQUEST.matches(request)
            && bearer(request) != null;

    @Bean
    SecurityChainCustomizer apiTokenSignIn(ApiTokens tokens, MessageSource messages, LocaleResolver locales) {
        return http -> {
            Problems problems = new Problems(messages, locales);
            HttpSessionRequestCache cache = new HttpSessionRequestCache();
            cache.setRequestMatcher(request -> !API_REQUEST.matches(request));
            http.requestCache(c -> c.requestCache(cache));
            http.csrf(csrf -> csrf.ignoringRequestMatchers(BEARER_API_REQUEST));
            http.exceptionHandling(e -> e
                    .defaultAuthenticationEntryPointFor((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED),
                            API_REQUEST)
                    // pages keep the sign-in redirect whatever their Accept header
                    .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                            AnyRequestMatcher.INSTANCE)
                    .defaultAccessDeniedHandlerFor((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN),
                            API_REQUEST)
                    // with a single mapping Spring would use the API handler for pages too
                    .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
            http.addFilterBefore(new BearerTokenFilter(tokens, problems), AuthorizationFilter.class);
        };
    }

    static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static final class BearerTokenFilter extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final Problems problems;

        BearerTokenFilter(ApiTokens tokens, Problems problems) {
            this.tokens = tokens;
            this.problems = problems;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !BEARER_API_REQUEST.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var account = tokens.authenticate(bearer(request));
            if (account.isEmpty()) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.get(), null,
                    account.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** RFC 9457 problem details with texts from the message bundles. */
    record Problems(MessageSource messages, LocaleResolver locales) {

        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
            Locale locale = locales.resolveLocale(request);
            String key = status == HttpStatus.UNAUTHORIZED ? "api.problem.unauthorized" : "api.problem.forbidden";
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(messages.getMessage(key + ".title", null, locale))
                    + ",\"status\":" + status.value()
                    + ",\"detail\":" + json(messages.getMessage(key + ".detail", null, locale))
                    + ",\"instance\":" + json(request.getRequestURI()) + "}");
        }

        private static String json(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
