package jp.hataraku.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.clients.Clients.NewLead;
import jp.hataraku.clients.LeadSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leads and their stage. */
@Repository
class LeadRepository {

    private static final String COLUMNS = """
            id, contractor_id, company_name, company_kana, source, stage, owner_worker_id, note, received_on, client_id
            """;

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewLead lead) {
        return jdbc.sql("""
                INSERT INTO lead (contractor_id, company_name, company_kana, source, stage, owner_worker_id, note, received_on)
                VALUES (:contractor, :name, :kana, :source, 'NEW', :owner, :note, :received) RETURNING id
                """)
                .param("contractor", lead.contractorId()).param("name", lead.companyName())
                .param("kana", lead.companyKana()).param("source", lead.source().name())
                .param("owner", lead.ownerWorkerId().orElse(null)).param("note", lead.note())
                .param("received", lead.receivedOn())
                .query(Long.class).single();
    }

    Optional<Lead> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead WHERE id = :id").param("id", id)
                .query(LeadRepository::lead).optional();
    }

    /** The lead for update: its row is locked until the transaction ends. */
    Optional<Lead> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead WHERE id = :id FOR UPDATE").param("id", id)
                .query(LeadRepository::lead).optional();
    }

    List<Lead> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead ORDER BY received_on DESC, id DESC")
                .query(LeadRepository::lead).list();
    }

    Optional<Lead> ofClient(long clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead WHERE client_id = :client").param("client", clientId)
                .query(LeadRepository::lead).optional();
    }

    void setStage(long id, LeadStage stage) {
        jdbc.sql("UPDATE lead SET stage = :stage, updated_at = now() WHERE id = :id")
                .param("stage", stage.name()).param("id", id).update();
    }

    void setOwner(long id, Long ownerWorkerId) {
        jdbc.sql("UPDATE lead SET owner_worker_id = :owner, updated_at = now() WHERE id = :id")
                .param("owner", ownerWorkerId).param("id", id).update();
    }

    void convert(long id, long clientId) {
        jdbc.sql("UPDATE lead SET stage = 'WON', client_id = :client, updated_at = now() WHERE id = :id")
                .param("client", clientId).param("id", id).update();
    }

    private static Lead lead(ResultSet rs, int n) throws SQLException {
        return new Lead(rs.getLong("id"), rs.getLong("contractor_id"), rs.getString("company_name"),
                rs.getString("company_kana"), LeadSource.valueOf(rs.getString("source")),
                LeadStage.valueOf(rs.getString("stage")),
                Optional.ofNullable(rs.getObject("owner_worker_id", Long.class)), rs.getString("note"),
                rs.getObject("received_on", LocalDate.class),
                Optional.ofNullable(rs.getObject("client_id", Long.class)));
    }
}
