package jp.hataraku.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients, their contacts and the sales log. */
@Repository
class ClientRepository {

    private static final String CLIENT_COLUMNS =
            "id, contractor_id, name, name_kana, corporate_number, type, address, note";

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long contractorId, ClientDetails d) {
        return jdbc.sql("""
                INSERT INTO client (contractor_id, name, name_kana, corporate_number, type, address, note)
                VALUES (:contractor, :name, :kana, :corporateNumber, :type, :address, :note) RETURNING id
                """)
                .param("contractor", contractorId).param("name", d.name()).param("kana", d.nameKana())
                .param("corporateNumber", d.corporateNumber().orElse(null)).param("type", d.type().name())
                .param("address", d.address()).param("note", d.note())
                .query(Long.class).single();
    }

    void update(long id, ClientDetails d) {
        jdbc.sql("""
                UPDATE client SET name = :name, name_kana = :kana, corporate_number = :corporateNumber, type = :type,
                       address = :address, note = :note, updated_at = now()
                WHERE id = :id
                """)
                .param("id", id).param("name", d.name()).param("kana", d.nameKana())
                .param("corporateNumber", d.corporateNumber().orElse(null)).param("type", d.type().name())
                .param("address", d.address()).param("note", d.note())
                .update();
    }

    Optional<ClientRecord> find(long id) {
        return jdbc.sql("SELECT " + CLIENT_COLUMNS + " FROM client WHERE id = :id").param("id", id)
                .query(ClientRepository::client).optional();
    }

    List<ClientRecord> byContractor(long contractorId) {
        return jdbc.sql("SELECT " + CLIENT_COLUMNS + " FROM client WHERE contractor_id = :c ORDER BY name_kana, id")
                .param("c", contractorId).query(ClientRepository::client).list();
    }

    List<ClientRecord> all() {
        return jdbc.sql("SELECT " + CLIENT_COLUMNS + " FROM client ORDER BY name_kana, id")
                .query(ClientRepository::client).list();
    }

    private static ClientRecord client(ResultSet rs, int n) throws SQLException {
        return new ClientRecord(rs.getLong("id"), rs.getLong("contractor_id"), rs.getString("name"),
                rs.getString("name_kana"), Optional.ofNullable(rs.getString("corporate_number")),
                ClientType.valueOf(rs.getString("type")), rs.getString("address"), rs.getString("note"));
    }

    long insertContact(long contractorId, long clientId, ContactDetails c) {
        return jdbc.sql("""
                INSERT INTO client_contact (contractor_id, client_id, name, name_kana, department, email, phone)
                VALUES (:contractor, :client, :name, :kana, :department, :email, :phone) RETURNING id
                """)
                .param("contractor", contractorId).param("client", clientId).param("name", c.name())
                .param("kana", c.nameKana()).param("department", c.department()).param("email", c.email())
                .param("phone", c.phone())
                .query(Long.class).single();
    }

    List<Contact> contacts(long clientId) {
        return jdbc.sql("""
                SELECT id, client_id, name, name_kana, department, email, phone, account_id
                FROM client_contact WHERE client_id = :client ORDER BY id
                """).param("client", clientId)
                .query((rs, n) -> new Contact(rs.getLong("id"), rs.getLong("client_id"), rs.getString("name"),
                        rs.getString("name_kana"), rs.getString("department"), rs.getString("email"),
                        rs.getString("phone"), Optional.ofNullable(rs.getObject("account_id", Long.class))))
                .list();
    }

    void linkAccount(long contactId, long accountId) {
        jdbc.sql("UPDATE client_contact SET account_id = :account WHERE id = :id")
                .param("account", accountId).param("id", contactId).update();
    }

    /** Records an activity on a lead or (exactly one of them) a client. */
    void insertActivity(long contractorId, Long leadId, Long clientId, LocalDate date, ActivityKind kind, String note,
            long byAccountId, String byName) {
        jdbc.sql("""
                INSERT INTO sales_activity (contractor_id, lead_id, client_id, activity_date, kind, note, by_account_id, by_name)
                VALUES (:contractor, :lead, :client, :date, :kind, :note, :account, :by)
                """)
                .param("contractor", contractorId).param("lead", leadId).param("client", clientId)
                .param("date", date).param("kind", kind.name()).param("note", note)
                .param("account", byAccountId).param("by", byName)
                .update();
    }

    List<Activity> activitiesOfClient(long clientId) {
        return activities("client_id", clientId);
    }

    List<Activity> activitiesOfLead(long leadId) {
        return activities("lead_id", leadId);
    }

    private List<Activity> activities(String column, long id) {
        // column is one of two constants above, never user input
        return jdbc.sql("SELECT id, activity_date, kind, note, by_name FROM sales_activity WHERE " + column
                + " = :id ORDER BY activity_date DESC, id DESC").param("id", id)
                .query((rs, n) -> new Activity(rs.getLong("id"), rs.getObject("activity_date", LocalDate.class),
                        ActivityKind.valueOf(rs.getString("kind")), rs.getString("note"), rs.getString("by_name")))
                .list();
    }

    java.util.Map<Long, jp.hataraku.clients.ClientType> typesOf(java.util.Collection<Long> clientIds) {
        java.util.Map<Long, jp.hataraku.clients.ClientType> types = new java.util.HashMap<>();
        if (clientIds.isEmpty()) {
            return types;
        }
        jdbc.sql("SELECT id, type FROM client WHERE id = ANY(CAST(string_to_array(:ids, ',') AS bigint[]))")
                .param("ids", clientIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                .query((rs, n) -> types.put(rs.getLong(1), jp.hataraku.clients.ClientType.valueOf(rs.getString(2))))
                .list();
        return types;
    }
}
