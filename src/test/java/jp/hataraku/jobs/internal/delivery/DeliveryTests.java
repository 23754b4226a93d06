package jp.hataraku.jobs.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DeliveryTests {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationEvents events;

    RequestPostProcessor as(Role role, long scope) {
        String email = WorkerFixtures.uniqueEmail("delivery-" + role.name().toLowerCase());
        accounts.createAccount(email, "納品テスト", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(role, scope)));
        return user(userDetails.loadUserByUsername(email));
    }

    /**
     * An overlap-1 job in progress with three approved items (one settled with a final result, one
     * whose only approved submission carries the result), one open item and one approved gold item.
     */
    long jobWithApprovedWork() {
        long job = fixtures.openPoolJob(clock.today(), 1);
        long batch = fixtures.batch(job, 4);
        tasks.addItems(batch, List.of(NewItem.gold(Map.of("image", "gold.png"), JobFixtures.card("金 正解"))));
        jdbc.sql("UPDATE job SET status = 'IN_PROGRESS' WHERE id = :j").param("j", job).update();
        jdbc.sql("""
                UPDATE item SET status = 'APPROVED', final_result = jsonb_build_object('name', '山田 ' || seq,
                    'company', '株式会社サンプル', 'phone', '031234567' || seq)
                WHERE batch_id = :b AND seq IN (1, 2)""").param("b", batch).update();
        jdbc.sql("UPDATE item SET status = 'APPROVED', final_result = '{\"name\":\"金 正解\"}' WHERE batch_id = :b AND seq = 5")
                .param("b", batch).update();
        long worker = fixtures.activeWorker();
        jdbc.sql("""
                WITH i AS (UPDATE item SET status = 'APPROVED' WHERE batch_id = :b AND seq = 3 RETURNING id, job_id, contractor_id),
                     t AS (UPDATE task SET status = 'APPROVED', worker_id = :w FROM i WHERE task.item_id = i.id RETURNING task.id)
                INSERT INTO submission (task_id, job_id, item_id, worker_id, contractor_id, submit_key, result, status)
                SELECT t.id, i.job_id, i.id, :w, i.contractor_id, 'k1',
                       '{"name":"鈴木 花子","company":"川瀬商店","phone":"0267123456"}', 'APPROVED' FROM t, i
                """).param("b", batch).param("w", worker).update();
        return job;
    }

    String status(long job) {
        return jdbc.sql("SELECT status FROM job WHERE id = :j").param("j", job).query(String.class).single();
    }

    long clientOf(long job) {
        return jobs.find(job).orElseThrow().clientId();
    }

    @Test
    void the_export_holds_approved_items_only_with_final_or_single_submission_results_and_never_gold() throws Exception {
        long job = jobWithApprovedWork();
        RequestPostProcessor staff = as(Role.CONTRACTOR_STAFF, 0);
        String json = mvc.perform(get("/api/v1/jobs/{id}/export", job).param("format", "json").with(staff))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"seq\":1").contains("\"seq\":2").contains("\"seq\":3")
                .contains("\"name\":\"鈴木 花子\"").contains("\"image\":\"card-3.png\"")
                .doesNotContain("\"seq\":4").doesNotContain("金 正解");
        byte[] csv = mvc.perform(get("/jobs/{id}/export", job).param("format", "csv").with(staff)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFseq,image,name,company,phone\r\n1,card-1.png,山田 1,");
    }

    @Test
    void a_shift_jis_export_with_characters_it_cannot_hold_is_refused_with_the_rows() throws Exception {
        long job = jobWithApprovedWork();
        jdbc.sql("UPDATE item SET final_result = '{\"name\":\"𠮷田\"}' WHERE job_id = :j AND seq = 2").param("j", job).update();
        var response = mvc.perform(get("/api/v1/jobs/{id}/export", job).param("format", "csv-sjis")
                .with(as(Role.CONTRACTOR_STAFF, 0))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Shift_JIS").contains("\"rows\":[2]");
    }

    @Test
    void a_delivery_then_the_clients_acceptance_moves_the_job_and_publishes_delivery_accepted() throws Exception {
        long job = jobWithApprovedWork();
        var deliver = mvc.perform(post("/jobs/{id}/deliveries", job).param("format", "xlsx")
                .with(as(Role.CONTRACTOR_STAFF, 0)).with(csrf())).andReturn().getResponse();
        assertThat(deliver.getRedirectedUrl()).isEqualTo("/jobs/" + job + "/deliveries");
        assertThat(status(job)).isEqualTo("DELIVERED");
        long delivery = jdbc.sql("SELECT id FROM delivery WHERE job_id = :j").param("j", job).query(Long.class).single();
        assertThat(jdbc.sql("SELECT item_count || format || (file_sha256 IS NOT NULL) FROM delivery WHERE id = :d")
                .param("d", delivery).query(String.class).single()).isEqualTo("3xlsxtrue");

        RequestPostProcessor client = as(Role.CLIENT_USER, clientOf(job));
        String list = mvc.perform(get("/portal/jobs").with(client)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("名刺入力").contains("/portal/jobs/" + job);
        byte[] file = mvc.perform(get("/deliveries/{id}/file", delivery).with(client)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(file[0]).isEqualTo((byte) 'P');

        String on = clock.today().toString();
        var accepted = mvc.perform(post("/portal/jobs/{j}/deliveries/{d}/acceptance", job, delivery)
                .param("decision", "accept").param("acceptedOn", on).with(client).with(csrf())).andReturn().getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/portal/jobs/" + job);
        assertThat(status(job)).isEqualTo("ACCEPTED");
        assertThat(events.stream(DeliveryAccepted.class)).singleElement().satisfies(e -> {
            assertThat(e.deliveryId()).isEqualTo(delivery);
            assertThat(e.jobId()).isEqualTo(job);
            assertThat(e.clientId()).isEqualTo(clientOf(job));
            assertThat(e.itemCount()).isEqualTo(3);
            assertThat(e.acceptedOn()).isEqualTo(clock.today());
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action LIKE 'jobio.delivery.%' AND target_id = :d")
                .param("d", String.valueOf(delivery)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT string_agg(to_status, ',' ORDER BY id) FROM job_status_history WHERE job_id = :j")
                .param("j", job).query(String.class).single()).endsWith("DELIVERED,ACCEPTED");
    }

    @Test
    void a_rejection_needs_a_note_and_puts_the_job_back_in_progress() throws Exception {
        long job = jobWithApprovedWork();
        RequestPostProcessor staff = as(Role.CONTRACTOR_STAFF, 0);
        String body = mvc.perform(post("/api/v1/jobs/{id}/deliveries", job).contentType(MediaType.APPLICATION_JSON)
                .content("{\"format\":\"csv\"}").with(staff).with(csrf())).andReturn().getResponse().getContentAsString();
        long delivery = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        var noNote = mvc.perform(post("/api/v1/deliveries/{id}/acceptance", delivery).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"reject\"}").with(staff).with(csrf())).andReturn().getResponse();
        assertThat(noNote.getStatus()).isEqualTo(409);
        assertThat(status(job)).isEqualTo("DELIVERED");
        var rejected = mvc.perform(post("/api/v1/deliveries/{id}/acceptance", delivery).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"reject\",\"note\":\"電話番号の桁が違います\"}").with(staff).with(csrf()))
                .andReturn().getResponse();
        assertThat(rejected.getStatus()).isEqualTo(200);
        assertThat(rejected.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"REJECTED\"");
        assertThat(status(job)).isEqualTo("IN_PROGRESS");
        assertThat(events.stream(DeliveryAccepted.class)).isEmpty();
    }

    @Test
    void a_client_user_of_another_client_is_refused_and_audited() throws Exception {
        long job = jobWithApprovedWork();
        long other = fixtures.clientWithAgreements(clock.today());
        RequestPostProcessor stranger = as(Role.CLIENT_USER, other);
        assertThat(mvc.perform(get("/portal/jobs/{id}", job).with(stranger)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/jobs/{id}/deliveries", job).with(stranger).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        String list = mvc.perform(get("/portal/jobs").with(stranger)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("/portal/jobs/" + job + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'jobio.access.denied' AND detail = :d")
                .param("d", "job " + job).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/portal/jobs/{id}", job).with(as(Role.CLIENT_USER, clientOf(job)))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void the_progress_page_and_activity_show_the_counts() throws Exception {
        long job = jobWithApprovedWork();
        List<Long> team = new ArrayList<>(fixtures.team(job, 1));
        assertThat(mvc.perform(get("/jobs/{id}/progress", job).with(as(Role.DIRECTOR, 0))).andReturn().getResponse()
                .getStatus()).as("a director sees only the jobs they direct").isEqualTo(404);
        RequestPostProcessor staff = as(Role.CONTRACTOR_STAFF, 0);
        String page = mvc.perform(get("/jobs/{id}/progress", job).with(staff)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"progress-total\">4<").contains("id=\"progress-done\">3 (75%)<")
                .contains("<svg").doesNotContain("style=");
        String activity = mvc.perform(get("/jobs/{id}/activity", job).with(staff)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(activity).contains("activity-table");
        assertThat(team).hasSize(1);
    }
}
