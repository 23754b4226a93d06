package jp.hataraku.organization.internal;

import java.util.List;
import java.util.Optional;

import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Municipality;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final RowMapper<Municipality> MUNICIPALITY = (rs, n) -> new Municipality(rs.getLong("id"),
            rs.getString("name"), rs.getString("name_kana"), rs.getString("prefecture_code"), rs.getInt("population"));

    private static final RowMapper<Contractor> CONTRACTOR = (rs, n) -> new Contractor(rs.getLong("id"),
            rs.getString("legal_name"), rs.getString("legal_name_kana"), rs.getString("corporate_number"),
            Optional.ofNullable(rs.getString("registration_number")), rs.getString("postal_code"),
            rs.getString("address"));

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Municipality> municipalities() {
        return jdbc.sql("SELECT * FROM municipality ORDER BY name_kana, id").query(MUNICIPALITY).list();
    }

    Optional<Municipality> municipality(long id) {
        return jdbc.sql("SELECT * FROM municipality WHERE id = :id").param("id", id).query(MUNICIPALITY).optional();
    }

    List<Contractor> contractors() {
        return jdbc.sql("SELECT * FROM contractor ORDER BY legal_name, id").query(CONTRACTOR).list();
    }

    Optional<Contractor> contractor(long id) {
        return jdbc.sql("SELECT * FROM contractor WHERE id = :id").param("id", id).query(CONTRACTOR).optional();
    }

    List<Municipality> servedBy(long contractorId) {
        return jdbc.sql("""
                SELECT m.* FROM municipality m JOIN contractor_municipality cm ON cm.municipality_id = m.id
                WHERE cm.contractor_id = :id ORDER BY m.name_kana
                """).param("id", contractorId).query(MUNICIPALITY).list();
    }

    long insertMunicipality(String name, String kana, String prefectureCode, int population) {
        return jdbc.sql("""
                INSERT INTO municipality (name, name_kana, prefecture_code, population)
                VALUES (:name, :kana, :pref, :pop) RETURNING id
                """).param("name", name).param("kana", kana).param("pref", prefectureCode).param("pop", population)
                .query(Long.class).single();
    }

    long insertContractor(String legalName, String kana, String corporateNumber, String registrationNumber,
            String postalCode, String address) {
        return jdbc.sql("""
                INSERT INTO contractor (legal_name, legal_name_kana, corporate_number, registration_number,
                                        postal_code, address)
                VALUES (:name, :kana, :corp, :reg, :postal, :address) RETURNING id
                """).param("name", legalName).param("kana", kana).param("corp", corporateNumber)
                .param("reg", registrationNumber).param("postal", postalCode).param("address", address)
                .query(Long.class).single();
    }

    void serve(long contractorId, long municipalityId) {
        jdbc.sql("INSERT INTO contractor_municipality VALUES (:c, :m) ON CONFLICT DO NOTHING")
                .param("c", contractorId).param("m", municipalityId).update();
    }
}
