package jp.hataraku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application maps, called as every role, against the table in
 * {@code src/test/resources/access-matrix.txt}. A route without a line there fails: deny by
 * default, and nobody adds a page without saying who may see it.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final String TABLE = "access-matrix.txt";
    static final String PASSWORD = "access-matrix-Secret-2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;

    MockMvc mvc;
    final Map<Role, Authentication> signedIn = new EnumMap<>(Role.class);
    /** The town staff's town: that of worker 1, whom every {@code /workers/{id}} call names. */
    long staffTown;
    /** The session of a staff member who gave the right password but no second factor yet. */
    MockHttpSession passwordOnly;

    @BeforeAll
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long town = organizations.registerMunicipality("権限表町", "けんげんひょうちょう", "20", 5000);
        Application base = WorkerFixtures.application(town);
        workers.apply(new Application(base.name(), base.nameKana(), base.birthDate(), base.gender(), town,
                base.postalCode(), base.address(), base.phone(), email(Role.WORKER), base.workKinds(),
                base.hoursPerWeek(), base.timeBands(), base.place(), base.devices(), base.accommodations(),
                base.circumstances(), base.circumstancesConsent(), base.referral(), base.privacyNoticeVersion(),
                PASSWORD));
        // Other test classes sharing this context may have made worker 1 in another town.
        staffTown = workers.find(1).map(WorkerSummary::municipalityId).orElse(town);
        for (Role role : Role.values()) {
            signedIn.put(role, signIn(role));
        }
        passwordOnly = passwordOnlyStaffSession();
    }

    /**
     * A contractor staff member half signed in through the real login form: the password was
     * right, the TOTP step is still to come, so the session holds only FACTOR_PASSWORD_ONLY.
     */
    private MockHttpSession passwordOnlyStaffSession() throws Exception {
        String email = "password-only-staff@access-matrix.test";
        accounts.createAccount(email, "Access half signed in", PASSWORD,
                List.of(RoleGrant.of(Role.CONTRACTOR_STAFF)));
        MvcResult login = mvc.perform(post("/login").param("username", email).param("password", PASSWORD)
                .with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("staff go on to the TOTP step")
                .endsWith("/login/totp/enrol");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    /**
     * A real account with one role, its principal loaded through the app's own
     * UserDetailsService (so it is the real AccountPrincipal), put in the security context
     * without the login form. If staff later need more than a password (a TOTP factor
     * authority, say), grant it here: this is the only place the test signs anybody in.
     * Staff get their role authorities straight away, as after the TOTP step (the half-signed-in
     * state before it holds only {@code FACTOR_PASSWORD_ONLY}: {@link Who#STAFF_PASSWORD_ONLY}).
     * The worker is a real applicant with a worker record, so that /me answers as it would for
     * any worker rather than 403 for an account with no record behind it.
     */
    private Authentication signIn(Role role) {
        String email = email(role);
        long scope = switch (role) {
            case TOWN_STAFF -> staffTown;
            case CLIENT_USER, FACILITY_OPERATOR -> 1;
            default -> 0;
        };
        if (role != Role.WORKER) { // the worker applied in setUp, which made their account
            accounts.createAccount(email, "Access " + role, PASSWORD, List.of(new RoleGrant(role, scope)));
        }
        UserDetails principal = userDetails.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static String email(Role role) {
        return role.name().toLowerCase().replace('_', '-') + "@access-matrix.test";
    }

    @Test
    void every_route_is_open_exactly_to_the_roles_in_the_table() throws Exception {
        Map<String, Set<Who>> table = readTable();
        List<String> problems = new ArrayList<>();
        for (Route route : routes(context)) {
            Set<Who> allowed = table.get(route.key());
            if (allowed == null) {
                problems.add("new route without an access rule: " + route.key()
                        + "  (add a line to src/test/resources/" + TABLE + ")");
                continue;
            }
            for (Who who : Who.values()) {
                Outcome outcome = call(route, who);
                boolean expected = allowed.contains(who);
                if (outcome.allowed() != expected) {
                    problems.add(route.key() + " as " + who + ": expected " + (expected ? "allowed" : "denied")
                            + " but was " + outcome);
                }
            }
        }
        assertThat(problems).as("access matrix").isEmpty();
    }

    @Test
    void every_line_of_the_table_names_a_mapped_route() throws IOException {
        Set<String> mapped = routes(context).stream().map(Route::key).collect(Collectors.toSet());
        assertThat(new TreeSet<>(readTable().keySet())).as("lines in %s for routes that do not exist", TABLE)
                .allSatisfy(key -> assertThat(mapped).contains(key));
    }

    @Test
    void an_unknown_path_is_denied_to_everyone_with_a_friendly_page() throws Exception {
        String path = "/no/such/page";
        MockHttpServletResponse anonymous = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("<h1>ログイン</h1>");

        for (Role role : Role.values()) {
            MockHttpServletResponse response = mvc.perform(get(path).accept(MediaType.TEXT_HTML)
                    .with(authentication(signedIn.get(role)))).andReturn().getResponse();
            assertThat(response.getStatus()).as("%s on %s", role, path).isEqualTo(403);
            // MockMvc has no servlet container to forward to the error page; do what it would do.
            String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                            .with(authentication(signedIn.get(role)))
                            .requestAttr("jakarta.servlet.error.status_code", 403)
                            .requestAttr("jakarta.servlet.error.request_uri", path))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as("the page %s sees", role)
                    .contains("このページを表示する権限がありません")
                    .contains("lang=\"ja\"")
                    .doesNotContain("Exception");
        }
    }

    private Outcome call(Route route, Who who) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.callMethod()), route.samplePath())
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL);
        if (!route.safe()) {
            request = request.with(csrf());
        }
        if (who.role != null) {
            request = request.with(authentication(signedIn.get(who.role)));
        } else if (who == Who.STAFF_PASSWORD_ONLY) {
            request = request.session(passwordOnly);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Outcome(response.getStatus(), response.getRedirectedUrl());
    }

    /** What a call answered; denied means 401/403 or being sent to sign in. */
    record Outcome(int status, String redirect) {
        boolean allowed() {
            boolean toLogin = redirect != null && (redirect.endsWith("/login") || redirect.contains("/login?"));
            return status != 401 && status != 403 && !toLogin;
        }

        @Override
        public String toString() {
            return status + (redirect == null ? "" : " → " + redirect);
        }
    }

    /** Anonymous, one role, or a staff member who has given the password but not yet the TOTP code. */
    enum Who {
        ANONYMOUS(null), SYSTEM_ADMIN(Role.SYSTEM_ADMIN), TOWN_STAFF(Role.TOWN_STAFF),
        CONTRACTOR_STAFF(Role.CONTRACTOR_STAFF), DIRECTOR(Role.DIRECTOR), WORKER(Role.WORKER),
        CLIENT_USER(Role.CLIENT_USER), FACILITY_OPERATOR(Role.FACILITY_OPERATOR), STAFF_PASSWORD_ONLY(null);

        final Role role;

        Who(Role role) {
            this.role = role;
        }
    }

    /**
     * A mapped route: {@code GET /workers/{id}}; called with every path variable set to 1, except
     * job-scoped ids ({@code jobId}, {@code batchId}, {@code itemId}, {@code taskId}, with or without
     * a regex), set to 0,
     * which no row has: whether a director directs job 1 (made by whichever test ran before) is
     * the handler's check, tested in its module, not a role rule.
     */
    record Route(String method, String pattern) {
        String key() {
            return method + " " + pattern;
        }

        String callMethod() {
            return method.equals("ANY") ? "GET" : method;
        }

        boolean safe() {
            return Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(callMethod());
        }

        String samplePath() {
            return pattern.replaceAll("\\{(jobId|batchId|itemId|taskId)(:[^}]*)?}", "0")
                    .replaceAll("\\{\\*?[^}/:]+(:[^}]*)?}", "1").replace("**", "1").replace("*", "1");
        }
    }

    static List<Route> routes(ApplicationContext context) {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add(new Route("ANY", pattern));
                    } else {
                        methods.forEach(m -> routes.add(new Route(m.name(), pattern)));
                    }
                }
            }
        }
        return List.copyOf(routes);
    }

    static Map<String, Set<Who>> readTable() throws IOException {
        Map<String, Set<Who>> table = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(TABLE).getInputStream(), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = in.readLine()) != null;) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException(TABLE + ":" + number + ": expected METHOD PATTERN WHO: " + line);
                }
                String key = parts[0] + " " + parts[1];
                if (table.put(key, parseWho(parts[2], number)) != null) {
                    throw new IllegalStateException(TABLE + ":" + number + ": " + key + " appears twice");
                }
            }
        }
        return table;
    }

    private static Set<Who> parseWho(String who, int line) {
        return switch (who) {
            case "PUBLIC" -> EnumSet.allOf(Who.class);
            case "AUTHENTICATED" -> EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.STAFF_PASSWORD_ONLY));
            case "NOBODY" -> EnumSet.noneOf(Who.class);
            default -> {
                Set<Who> set = EnumSet.noneOf(Who.class);
                for (String name : who.split(",")) {
                    try {
                        set.add(Who.valueOf(name));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(TABLE + ":" + line + ": unknown role " + name + "; one of "
                                + Arrays.toString(Who.values()) + " or PUBLIC, AUTHENTICATED, NOBODY");
                    }
                }
                yield set;
            }
        };
    }
}
