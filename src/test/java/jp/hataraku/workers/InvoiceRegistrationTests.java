package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class InvoiceRegistrationTests {

    @Autowired
    Workers workers;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_registration_number_is_recorded_checked_audited_and_cleared() {
        long town = organizations.registerMunicipality("登録町", "とうろくちょう", "20", 1000);
        long w = workers.apply(WorkerFixtures.application(town));

        workers.recordInvoiceRegistration(w, Optional.of("Ｔ８１０００Ｏ５０１２３４５".replace('Ｏ', '０')));
        assertThat(workers.find(w).orElseThrow().invoiceRegistrationNumber()).contains("T8100005012345");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKER_PROFILE_UPDATED' AND target_id = :id")
                .param("id", String.valueOf(w)).query(Long.class).single()).isPositive();

        assertThatThrownBy(() -> workers.recordInvoiceRegistration(w, Optional.of("T8100005012346")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workers.find(w).orElseThrow().invoiceRegistrationNumber()).contains("T8100005012345");

        workers.recordInvoiceRegistration(w, Optional.empty());
        assertThat(workers.find(w).orElseThrow().invoiceRegistrationNumber()).isEmpty();
    }
}
