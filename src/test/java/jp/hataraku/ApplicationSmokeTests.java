package jp.hataraku;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationSmokeTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runs_on_postgresql_with_migrations_applied() {
        String version = jdbc.sql("SHOW server_version").query(String.class).single();
        assertThat(version).matches("1[5-9].*");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void health_is_up() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void home_page_speaks_japanese_by_default_and_english_on_request() throws Exception {
        assertThat(get("/").body()).contains("lang=\"ja\"").contains("はたらく");
        assertThat(get("/?lang=en").body()).contains("lang=\"en\"").contains("Hataraku");
    }

    @Test
    void the_api_is_described_in_openapi_for_anyone() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("/api/v1/workers");
    }

    @Test
    void unknown_urls_get_a_friendly_page_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertThat(response.statusCode()).isIn(302, 403, 404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at jp.");
    }
}
