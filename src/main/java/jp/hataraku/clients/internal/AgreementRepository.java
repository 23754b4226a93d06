package jp.hataraku.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.platform.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service contracts and NDAs, and the reminders sent about their end. */
@Repository
class AgreementRepository {

    private static final String COLUMNS = """
            id, contractor_id, client_id, kind, valid_from, valid_to, status, file_sha256, file_size, file_name
            """;

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long contractorId, long clientId, AgreementKind kind, LocalDate from, LocalDate to,
            AgreementStatus status) {
        return jdbc.sql("""
                INSERT INTO agreement (contractor_id, client_id, kind, valid_from, valid_to, status)
                VALUES (:contractor, :client, :kind, :from, :to, :status) RETURNING id
                """)
                .param("contractor", contractorId).param("client", clientId).param("kind", kind.name())
                .param("from", from).param("to", to).param("status", status.name())
                .query(Long.class).single();
    }

    void attachFile(long id, StoredFile file, String name) {
        jdbc.sql("""
                UPDATE agreement SET file_sha256 = :sha, file_size = :size, file_name = :name, updated_at = now()
                WHERE id = :id
                """)
                .param("sha", file.sha256()).param("size", file.size()).param("name", name).param("id", id)
                .update();
    }

    void setStatus(long id, AgreementStatus status) {
        jdbc.sql("UPDATE agreement SET status = :status, updated_at = now() WHERE id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    Optional<Agreement> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agreement WHERE id = :id").param("id", id)
                .query(AgreementRepository::agreement).optional();
    }

    List<Agreement> ofClient(long clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agreement WHERE client_id = :client ORDER BY kind, valid_from DESC, id DESC")
                .param("client", clientId).query(AgreementRepository::agreement).list();
    }

    /** Signed agreements whose last day lies from {@code first} to {@code last}, soonest first. */
    List<Agreement> signedEndingBetween(LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM agreement WHERE status = 'SIGNED' AND valid_to BETWEEN :first AND :last
                ORDER BY valid_to, id
                """).param("first", first).param("last", last).query(AgreementRepository::agreement).list();
    }

    /** Records a reminder; false when one was already recorded for this agreement and threshold. */
    boolean markReminded(Agreement a, int thresholdDays) {
        return jdbc.sql("""
                INSERT INTO agreement_reminder_sent (agreement_id, threshold_days, contractor_id)
                VALUES (:id, :threshold, :contractor) ON CONFLICT DO NOTHING
                """)
                .param("id", a.id()).param("threshold", thresholdDays).param("contractor", a.contractorId())
                .update() == 1;
    }

    /** Takes the transaction-scoped advisory lock {@code key}; false when another transaction holds it. */
    boolean tryTransactionLock(long key) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", key)
                .query(Boolean.class).single());
    }

    private static Agreement agreement(ResultSet rs, int n) throws SQLException {
        String sha = rs.getString("file_sha256");
        Optional<Agreement.SignedFile> file = sha == null ? Optional.empty()
                : Optional.of(new Agreement.SignedFile(sha, rs.getLong("file_size"), rs.getString("file_name")));
        return new Agreement(rs.getLong("id"), rs.getLong("contractor_id"), rs.getLong("client_id"),
                AgreementKind.valueOf(rs.getString("kind")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), AgreementStatus.valueOf(rs.getString("status")), file);
    }
}
