package jp.hataraku.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.organization.CentreNetworks;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.ContractorBanking;
import jp.hataraku.organization.ContractorDetails;
import jp.hataraku.organization.LocalGovernmentCode;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.MunicipalityDetails;
import jp.hataraku.organization.Versioned;
import jp.hataraku.organization.internal.OrganizationValidation.ValidContractor;
import jp.hataraku.organization.internal.OrganizationValidation.ValidMunicipality;
import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.ZenginCharset;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final RowMapper<Municipality> MUNICIPALITY = (rs, n) -> new Municipality(rs.getLong("id"),
            rs.getString("name"), rs.getString("name_kana"), rs.getString("prefecture_code"), rs.getInt("population"),
            Optional.ofNullable(rs.getString("local_government_code")).map(LocalGovernmentCode::new));

    private static final RowMapper<MunicipalityDetails> MUNICIPALITY_DETAILS = (rs, n) -> {
        Date asOf = rs.getDate("population_as_of");
        return new MunicipalityDetails(rs.getString("name"), rs.getString("name_kana"), rs.getString("prefecture_code"),
                String.valueOf(rs.getInt("population")), asOf == null ? "" : asOf.toLocalDate().toString(),
                networks(rs.getString("centre_networks")).text(), nz(rs.getString("local_government_code")));
    };

    /** A cidr[] as PostgreSQL writes it ({203.0.113.0/24,2001:db8::/48}); cidr texts hold no commas or quotes. */
    static CentreNetworks networks(String array) {
        if (array == null || array.length() < 3) {
            return CentreNetworks.NONE;
        }
        return CentreNetworks.of(List.of(array.substring(1, array.length() - 1).split(",")));
    }

    private static final RowMapper<Contractor> CONTRACTOR = (rs, n) -> new Contractor(rs.getLong("id"),
            rs.getString("legal_name"), rs.getString("legal_name_kana"), rs.getString("corporate_number"),
            Optional.ofNullable(rs.getString("registration_number")), rs.getString("postal_code"),
            rs.getString("address"));

    private static final RowMapper<ContractorDetails> CONTRACTOR_DETAILS = (rs, n) -> {
        Short type = rs.getObject("account_type", Short.class);
        return new ContractorDetails(rs.getString("legal_name"), nz(rs.getString("legal_name_kana")),
                nz(rs.getString("corporate_number")), nz(rs.getString("registration_number")),
                nz(rs.getString("postal_code")), nz(rs.getString("address")), nz(rs.getString("phone")),
                nz(rs.getString("bank_code")), nz(rs.getString("branch_code")), type == null ? "" : type.toString(),
                nz(rs.getString("account_number")), nz(rs.getString("account_holder_kana")),
                nz(rs.getString("bank_name_kana")), nz(rs.getString("branch_name_kana")),
                nz(rs.getString("zengin_requester_code")), rs.getBoolean("zengin_extended_charset"), List.of());
    };

    private static final RowMapper<ContractorBanking> BANKING = (rs, n) -> new ContractorBanking(rs.getLong("id"),
            new BankAccount(rs.getString("bank_code"), rs.getString("branch_code"),
                    BankAccount.AccountType.ofCode(rs.getShort("account_type")).orElseThrow(),
                    rs.getString("account_number"), rs.getString("account_holder_kana")),
            Optional.ofNullable(rs.getString("bank_name_kana")), Optional.ofNullable(rs.getString("branch_name_kana")),
            Optional.ofNullable(rs.getString("zengin_requester_code")),
            rs.getBoolean("zengin_extended_charset") ? ZenginCharset.EXTENDED : ZenginCharset.STANDARD);

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    List<Municipality> municipalities() {
        return jdbc.sql("SELECT * FROM municipality ORDER BY name_kana, id").query(MUNICIPALITY).list();
    }

    Optional<Municipality> municipality(long id) {
        return jdbc.sql("SELECT * FROM municipality WHERE id = :id").param("id", id).query(MUNICIPALITY).optional();
    }

    Optional<MunicipalityDetails> municipalityDetails(long id) {
        return jdbc.sql("SELECT * FROM municipality WHERE id = :id").param("id", id).query(MUNICIPALITY_DETAILS)
                .optional();
    }

    Optional<Versioned<MunicipalityDetails>> versionedMunicipality(long id) {
        return jdbc.sql("SELECT * FROM municipality WHERE id = :id").param("id", id)
                .query((rs, n) -> new Versioned<>(MUNICIPALITY_DETAILS.mapRow(rs, n), rs.getLong("version")))
                .optional();
    }

    /** The dates the towns' populations count as of, for those that have one. */
    Map<Long, LocalDate> populationDates() {
        Map<Long, LocalDate> dates = new HashMap<>();
        jdbc.sql("SELECT id, population_as_of FROM municipality WHERE population_as_of IS NOT NULL")
                .query((rs, n) -> dates.put(rs.getLong("id"), rs.getDate("population_as_of").toLocalDate())).list();
        return dates;
    }

    /** Every (contractor, municipality) service link, for pages that show them all at once. */
    List<ServiceLink> serviceLinks() {
        return jdbc.sql("SELECT contractor_id, municipality_id FROM contractor_municipality")
                .query((rs, n) -> new ServiceLink(rs.getLong("contractor_id"), rs.getLong("municipality_id"))).list();
    }

    Set<Long> contractorsWithBanking() {
        return Set.copyOf(jdbc.sql("SELECT id FROM contractor WHERE bank_code IS NOT NULL").query(Long.class).list());
    }

    record ServiceLink(long contractorId, long municipalityId) {
    }

    boolean municipalityExists(long id) {
        return jdbc.sql("SELECT count(*) FROM municipality WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    List<Contractor> contractors() {
        return jdbc.sql("SELECT * FROM contractor ORDER BY legal_name, id").query(CONTRACTOR).list();
    }

    Optional<Contractor> contractor(long id) {
        return jdbc.sql("SELECT * FROM contractor WHERE id = :id").param("id", id).query(CONTRACTOR).optional();
    }

    Optional<Versioned<ContractorDetails>> versionedContractor(long id) {
        return jdbc.sql("SELECT version FROM contractor WHERE id = :id").param("id", id).query(Long.class).optional()
                .flatMap(version -> contractorDetails(id).map(d -> new Versioned<>(d, version)));
    }

    Optional<ContractorDetails> contractorDetails(long id) {
        return jdbc.sql("SELECT * FROM contractor WHERE id = :id").param("id", id).query(CONTRACTOR_DETAILS)
                .optional().map(d -> new ContractorDetails(d.legalName(), d.legalNameKana(), d.corporateNumber(),
                        d.registrationNumber(), d.postalCode(), d.address(), d.phone(), d.bankCode(), d.branchCode(),
                        d.accountType(), d.accountNumber(), d.accountHolderName(), d.bankNameKana(),
                        d.branchNameKana(), d.zenginRequesterCode(), d.zenginExtendedCharset(), servedIds(id)));
    }

    Optional<ContractorBanking> banking(long contractorId) {
        return jdbc.sql("SELECT * FROM contractor WHERE id = :id AND bank_code IS NOT NULL")
                .param("id", contractorId).query(BANKING).optional();
    }

    List<Municipality> servedBy(long contractorId) {
        return jdbc.sql("""
                SELECT m.* FROM municipality m JOIN contractor_municipality cm ON cm.municipality_id = m.id
                WHERE cm.contractor_id = :id ORDER BY m.name_kana
                """).param("id", contractorId).query(MUNICIPALITY).list();
    }

    List<Long> servedIds(long contractorId) {
        return jdbc.sql("SELECT municipality_id FROM contractor_municipality WHERE contractor_id = :id ORDER BY 1")
                .param("id", contractorId).query(Long.class).list();
    }

    List<Contractor> serving(long municipalityId) {
        return jdbc.sql("""
                SELECT c.* FROM contractor c JOIN contractor_municipality cm ON cm.contractor_id = c.id
                WHERE cm.municipality_id = :id ORDER BY c.legal_name, c.id
                """).param("id", municipalityId).query(CONTRACTOR).list();
    }

    long insertMunicipality(ValidMunicipality m) {
        return jdbc.sql("""
                INSERT INTO municipality (name, name_kana, prefecture_code, population, population_as_of,
                                          centre_networks, local_government_code)
                VALUES (:name, :kana, :pref, :pop, :asOf, CAST(:nets AS cidr[]), CAST(:code AS char(6)))
                RETURNING id
                """).param("name", m.name()).param("kana", m.nameKana()).param("pref", m.prefectureCode())
                .param("pop", m.population()).param("asOf", m.populationAsOf().map(Date::valueOf).orElse(null))
                .param("nets", arrayText(m.centreNetworks().orElse(CentreNetworks.NONE)))
                .param("code", codeText(m))
                .query(Long.class).single();
    }

    /**
     * False when the town is no longer at {@code version}. Networks and a local government code not
     * given stay as they are.
     */
    boolean updateMunicipality(long id, long version, ValidMunicipality m) {
        return jdbc.sql("""
                UPDATE municipality SET name = :name, name_kana = :kana, prefecture_code = :pref, population = :pop,
                       population_as_of = :asOf,
                       centre_networks = CASE WHEN :keep THEN centre_networks ELSE CAST(:nets AS cidr[]) END,
                       local_government_code = CASE WHEN :keepCode THEN local_government_code
                                                    ELSE CAST(:code AS char(6)) END,
                       updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version
                """).param("id", id).param("version", version).param("name", m.name()).param("kana", m.nameKana())
                .param("pref", m.prefectureCode()).param("pop", m.population())
                .param("asOf", m.populationAsOf().map(Date::valueOf).orElse(null))
                .param("keep", m.centreNetworks().isEmpty())
                .param("nets", arrayText(m.centreNetworks().orElse(CentreNetworks.NONE)))
                .param("keepCode", m.localGovernmentCode().isEmpty()).param("code", codeText(m)).update() == 1;
    }

    /** The code to write (null: none, or not given). */
    private static String codeText(ValidMunicipality m) {
        return m.localGovernmentCode().flatMap(c -> c).map(LocalGovernmentCode::value).orElse(null);
    }

    /** The name of the town other than {@code exceptId} (null: any town) that holds the code, if any. */
    Optional<String> holderOf(LocalGovernmentCode code, Long exceptId) {
        return jdbc.sql("""
                SELECT name FROM municipality WHERE local_government_code = :code AND id <> :except
                """).param("code", code.value()).param("except", exceptId == null ? -1L : exceptId)
                .query(String.class).optional();
    }

    /** The town's centre networks; none when the town has none (or there is no such town). */
    CentreNetworks centreNetworks(long municipalityId) {
        return jdbc.sql("SELECT centre_networks::text FROM municipality WHERE id = :id").param("id", municipalityId)
                .query(String.class).optional().map(OrganizationRepository::networks).orElse(CentreNetworks.NONE);
    }

    /** A cidr[] literal of canonical network texts (validated: digits, hex, '.', ':', '/'). */
    private static String arrayText(CentreNetworks networks) {
        return "{" + String.join(",", networks.texts()) + "}";
    }

    long insertContractor(ValidContractor c) {
        return contractorStatement("""
                INSERT INTO contractor (legal_name, legal_name_kana, corporate_number, registration_number,
                                        postal_code, address, phone, bank_code, branch_code, account_type,
                                        account_number, account_holder_kana, bank_name_kana, branch_name_kana,
                                        zengin_requester_code, zengin_extended_charset)
                VALUES (:name, :kana, :corp, :reg, :postal, :address, :phone, :bank, :branch, :type, :number,
                        :holder, :bankName, :branchName, :requester, :extended)
                RETURNING id
                """, c).query(Long.class).single();
    }

    /** False when the contractor is no longer at {@code version}. */
    boolean updateContractor(long id, long version, ValidContractor c) {
        return contractorStatement("""
                UPDATE contractor SET legal_name = :name, legal_name_kana = :kana, corporate_number = :corp,
                       registration_number = :reg, postal_code = :postal, address = :address, phone = :phone,
                       bank_code = :bank, branch_code = :branch, account_type = :type, account_number = :number,
                       account_holder_kana = :holder, bank_name_kana = :bankName, branch_name_kana = :branchName,
                       zengin_requester_code = :requester, zengin_extended_charset = :extended, updated_at = now(),
                       version = version + 1
                WHERE id = :id AND version = :version
                """, c).param("id", id).param("version", version).update() == 1;
    }

    private JdbcClient.StatementSpec contractorStatement(String sql, ValidContractor c) {
        Optional<BankAccount> bank = c.bank();
        return jdbc.sql(sql).param("name", c.legalName()).param("kana", c.legalNameKana())
                .param("corp", c.corporateNumber().value())
                .param("reg", c.registrationNumber().map(r -> r.value()).orElse(null))
                .param("postal", c.postalCode().digits()).param("address", c.address())
                .param("phone", c.phone().map(p -> p.value()).orElse(null))
                .param("bank", bank.map(BankAccount::bankCode).orElse(null))
                .param("branch", bank.map(BankAccount::branchCode).orElse(null))
                .param("type", bank.map(b -> (short) b.type().code()).orElse(null))
                .param("number", bank.map(BankAccount::number).orElse(null))
                .param("holder", bank.map(BankAccount::holderName).orElse(null))
                .param("bankName", c.bankNameKana().orElse(null))
                .param("branchName", c.branchNameKana().orElse(null))
                .param("requester", c.requesterCode().orElse(null))
                .param("extended", c.extendedCharset());
    }

    void replaceServed(long contractorId, List<Long> municipalityIds) {
        jdbc.sql("DELETE FROM contractor_municipality WHERE contractor_id = :c").param("c", contractorId).update();
        municipalityIds.forEach(m -> serve(contractorId, m));
    }

    void serve(long contractorId, long municipalityId) {
        jdbc.sql("INSERT INTO contractor_municipality VALUES (:c, :m) ON CONFLICT DO NOTHING")
                .param("c", contractorId).param("m", municipalityId).update();
    }
}
