package jp.hataraku.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo must let a visitor walk every journey: every state, every reason, working log-ins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hataraku.demo.enabled=true")
class DemoDataTests {

    @Autowired
    Workers workers;

    @Autowired
    TokyoClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void about_eighty_residents_in_every_state() {
        Map<WorkerStatus, Long> now = workers.countsOn(clock.today(), Optional.empty());
        assertThat(now.values().stream().mapToLong(Long::longValue).sum()).isBetween(75L, 85L);
        assertThat(now).allSatisfy((status, count) -> assertThat(count).as(status.name()).isPositive());
    }

    @Test
    void withdrawals_cover_every_reason_and_some_came_back() {
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM worker_status_history WHERE to_status = 'WITHDRAWN'")
                .query(String.class).list()).contains("EMPLOYMENT", "MOVED", "OTHER");
        assertThat(jdbc.sql("SELECT count(*) FROM worker WHERE period_no > 1").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void no_history_lies_in_the_future() {
        LocalDate latest = jdbc.sql("SELECT max(effective_on) FROM worker_status_history").query(LocalDate.class).single();
        assertThat(latest).isBeforeOrEqualTo(clock.today());
    }

    @Test
    void the_demo_api_token_authenticates_as_contractor_staff() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workers"))
                        .header("Authorization", "Bearer demo-staff-token").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("nameKana").doesNotContain("Exception");
    }

    @Test
    void loading_twice_changes_nothing(@Autowired DemoDataLoader loader) throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM worker").query(Long.class).single();
        loader.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM worker").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void demo_clients_have_agreements_in_force_leads_and_a_portal_user(@Autowired jp.hataraku.clients.Clients clients,
            @Autowired jp.hataraku.organization.Organizations organizations) {
        long contractor = organizations.contractors().get(0).id();
        var list = clients.list(contractor);
        assertThat(list).hasSizeGreaterThanOrEqualTo(2);
        assertThat(list).allSatisfy(c -> assertThat(clients.agreementsOn(c.id(), clock.today()).inForce()).isTrue());
        assertThat(list.stream().map(c -> c.type()).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE status = 'SIGNED' AND valid_to <= :d")
                .param("d", clock.today().plusDays(60)).query(Long.class).single()).as("one ends within 60 days").isPositive();
        assertThat(jdbc.sql("SELECT source FROM lead").query(String.class).list()).contains("WORKTRIP_VISIT");
        assertThat(jdbc.sql("""
                SELECT r.scope_id FROM user_role r JOIN user_account a ON a.id = r.user_id
                WHERE a.email = 'client@demo.hataraku.jp' AND r.role = 'CLIENT_USER'
                """).query(Long.class).single()).isEqualTo(list.stream()
                .filter(c -> c.name().equals("株式会社みなと情報サービス")).findFirst().orElseThrow().id());
    }

    @Test
    void demo_jobs_have_a_team_work_under_way_and_the_demo_worker_on_board(@Autowired jp.hataraku.jobs.Tasks tasks) {
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE status IN ('OPEN','IN_PROGRESS')").query(Long.class).single())
                .isEqualTo(2);
        long demoWorker = jdbc.sql("SELECT worker_id FROM user_account WHERE email = 'worker@demo.hataraku.jp'")
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM team_member WHERE worker_id = :w AND active").param("w", demoWorker)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(tasks.openTasks(demoWorker)).extracting(t -> t.kind().name()).contains("ASSIGNED");
        assertThat(tasks.claimNext(demoWorker, java.util.Optional.empty())).as("pool work is waiting").isPresent();
    }
}
