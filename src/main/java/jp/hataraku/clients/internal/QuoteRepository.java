package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quotes and their lines. */
@Repository
class QuoteRepository {

    private final JdbcClient jdbc;

    QuoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long contractorId, long clientId, String title, LocalDate issuedOn, LocalDate validUntil,
            List<QuoteLine> lines) {
        long id = jdbc.sql("""
                INSERT INTO quote (contractor_id, client_id, title, issued_on, valid_until)
                VALUES (:contractor, :client, :title, :issued, :valid) RETURNING id
                """)
                .param("contractor", contractorId).param("client", clientId).param("title", title)
                .param("issued", issuedOn).param("valid", validUntil)
                .query(Long.class).single();
        int no = 1;
        for (QuoteLine line : lines) {
            jdbc.sql("""
                    INSERT INTO quote_line (quote_id, line_no, contractor_id, description, quantity, unit, unit_price, tax_rate)
                    VALUES (:quote, :no, :contractor, :description, :quantity, :unit, :price, :rate)
                    """)
                    .param("quote", id).param("no", no++).param("contractor", contractorId)
                    .param("description", line.description()).param("quantity", line.quantity())
                    .param("unit", line.unit()).param("price", line.unitPrice())
                    .param("rate", line.taxRate().percent())
                    .update();
        }
        return id;
    }

    Optional<Quote> find(long id) {
        List<QuoteLine> lines = jdbc.sql("""
                SELECT description, quantity, unit, unit_price, tax_rate FROM quote_line
                WHERE quote_id = :id ORDER BY line_no
                """).param("id", id)
                .query((rs, n) -> new QuoteLine(rs.getString("description"), rs.getLong("quantity"),
                        rs.getString("unit"), rs.getLong("unit_price"), TaxRate.ofPercent(rs.getInt("tax_rate"))))
                .list();
        return jdbc.sql("SELECT id, contractor_id, client_id, title, issued_on, valid_until FROM quote WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Quote(rs.getLong("id"), rs.getLong("contractor_id"), rs.getLong("client_id"),
                        rs.getString("title"), rs.getObject("issued_on", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class), lines))
                .optional();
    }

    /** A client's quotes, newest first (lines included). */
    List<Quote> ofClient(long clientId) {
        return jdbc.sql("SELECT id FROM quote WHERE client_id = :client ORDER BY issued_on DESC, id DESC")
                .param("client", clientId).query(Long.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }
}
