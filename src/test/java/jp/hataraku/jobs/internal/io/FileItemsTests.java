package jp.hataraku.jobs.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class FileItemsTests {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    Workers workers;
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

    static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, new byte[200]);

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static byte[] twoPagePdf() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }

    RequestPostProcessor staff() {
        String email = WorkerFixtures.uniqueEmail("files-staff");
        accounts.createAccount(email, "取込担当", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        return user(userDetails.loadUserByUsername(email));
    }

    RequestPostProcessor worker(long workerId) {
        return user(userDetails.loadUserByUsername(workers.find(workerId).orElseThrow().email()));
    }

    @Test
    void images_pdf_pages_and_audio_become_items_by_their_content_and_other_files_are_refused() throws Exception {
        long job = fixtures.openPoolJob(clock.today(), 1);
        byte[] pdf = twoPagePdf();
        String page = mvc.perform(multipart("/jobs/{id}/batches/files", job)
                        .file(new MockMultipartFile("files", "card.png", "image/png", PNG))
                        .file(new MockMultipartFile("files", "minutes.pdf", "application/pdf", pdf))
                        .file(new MockMultipartFile("files", "clip.wav", "audio/wav",
                                concat("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), new byte[64])))
                        .file(new MockMultipartFile("files", "photo.png", "image/png", "MZ not an image".getBytes()))
                        .with(staff()).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("4 件の作業データを作りました").contains("photo.png");
        List<String> items = jdbc.sql("""
                SELECT file_name || '|' || file_type || '|' || coalesce(file_page::text, '-') FROM item WHERE job_id = :j ORDER BY seq""")
                .param("j", job).query(String.class).list();
        assertThat(items).containsExactly("card.png|image/png|-", "minutes.pdf|application/pdf|1",
                "minutes.pdf|application/pdf|2", "clip.wav|audio/wav|-");
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PNG));
        assertThat(jdbc.sql("SELECT file_sha256 FROM item WHERE job_id = :j AND seq = 1").param("j", job)
                .query(String.class).single()).isEqualTo(sha);
        assertThat(jdbc.sql("SELECT count(*) FROM task WHERE job_id = :j").param("j", job).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void a_task_file_is_served_to_its_worker_and_refused_to_a_worker_off_the_team() throws Exception {
        long job = fixtures.openPoolJob(clock.today(), 1);
        mvc.perform(multipart("/jobs/{id}/batches/files", job)
                .file(new MockMultipartFile("files", "card.png", "image/png", PNG)).with(staff()).with(csrf()));
        long member = fixtures.team(job, 1).get(0);
        ClaimedTask task = tasks.claimNext(member, Optional.of(job)).orElseThrow();

        var served = mvc.perform(get("/tasks/{id}/file", task.taskId()).with(worker(member))).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(served.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(served.getContentAsByteArray()).isEqualTo(PNG);

        long stranger = fixtures.activeWorker();
        assertThat(mvc.perform(get("/tasks/{id}/file", task.taskId()).with(worker(stranger))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'jobio.task-file.denied' AND detail = :d")
                .param("d", "task " + task.taskId()).query(Long.class).single()).isEqualTo(1);
    }
}
