package jp.hataraku.organization;

import static jp.hataraku.organization.OrganizationFixtures.CORPORATE_NUMBER;
import static jp.hataraku.organization.OrganizationFixtures.OTHER_CORPORATE_NUMBER;
import static jp.hataraku.organization.OrganizationFixtures.contractor;
import static jp.hataraku.organization.OrganizationFixtures.town;
import static jp.hataraku.organization.OrganizationFixtures.withBank;
import static jp.hataraku.organization.OrganizationFixtures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.ZenginCharset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organization module on PostgreSQL: what it stores, what it refuses, what it audits. */
@SpringBootTest
class OrganizationServiceTests {

    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private long auditCount(String action, Object id) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND target_id = :id")
                .param("a", action).param("id", String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void a_valid_contractor_is_stored_with_its_bank_account_and_towns_and_audited() {
        long town = organizations.createMunicipality(town("白樺村")).get();
        Checked<Long> created = organizations.createContractor(contractor(List.of(town)));

        assertThat(created.isValid()).isTrue();
        long id = created.get();
        Contractor c = organizations.contractor(id).orElseThrow();
        assertThat(c.corporateNumber()).isEqualTo(CORPORATE_NUMBER);
        assertThat(c.registrationNumber()).contains("T" + CORPORATE_NUMBER);
        assertThat(c.postalCode()).isEqualTo("3994511");
        assertThat(organizations.municipalitiesServedBy(id)).extracting(Municipality::id).containsExactly(town);
        assertThat(organizations.contractorsServing(town)).extracting(Contractor::id).containsExactly(id);

        ContractorBanking banking = organizations.contractorBanking(id).orElseThrow();
        assertThat(banking.account()).isEqualTo(new BankAccount("0005", "123", BankAccount.AccountType.ORDINARY,
                "1234567", "ｻﾞｲ)ｼﾗｶﾊﾞｼﾝｺｳｺｳｼﾔ"));
        assertThat(banking.bankNameKana()).contains("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ");
        assertThat(banking.requesterCode()).contains("1234567890");
        assertThat(banking.charset()).isEqualTo(ZenginCharset.STANDARD);
        assertThat(auditCount("organization.contractor.create", id)).isEqualTo(1);
    }

    @Test
    void a_wrong_check_digit_is_refused_field_by_field_and_nothing_is_written() {
        long contractorsBefore = count("contractor");
        long auditBefore = count("audit_log");
        ContractorDetails typed = withNumbers(contractor(List.of()), "9100005012345", "T8100005012346", "399-451");

        Checked<Long> created = organizations.createContractor(typed);

        assertThat(created.isValid()).isFalse();
        assertThat(created.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("corporateNumber", "shared.corporateNumber.checkDigit"),
                org.assertj.core.groups.Tuple.tuple("registrationNumber", "shared.registrationNumber.checkDigit"),
                org.assertj.core.groups.Tuple.tuple("postalCode", "shared.postalCode.format"));
        assertThat(count("contractor")).isEqualTo(contractorsBefore);
        assertThat(count("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void a_registration_number_of_another_corporation_is_refused() {
        Checked<Long> created = organizations.createContractor(
                withNumbers(contractor(List.of()), CORPORATE_NUMBER, "T" + OTHER_CORPORATE_NUMBER, "3994511"));
        assertThat(created.errors()).extracting(FieldError::code)
                .containsExactly("organization.contractor.registrationNumber.mismatch");
    }

    @Test
    void a_holder_name_with_kanji_is_refused_naming_the_character() {
        Checked<Long> created = organizations.createContractor(
                withBank(contractor(List.of()), "0005", "123", "1", "1234567", "白樺振興公社"));
        assertThat(created.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(BankAccount.HOLDER_NAME);
            assertThat(e.code()).isEqualTo("shared.zengin.char");
            assertThat(e.args()).containsExactly("白");
        });
    }

    @Test
    void a_half_filled_bank_account_reports_the_missing_fields() {
        Checked<Long> created = organizations.createContractor(
                withBank(contractor(List.of()), "0005", "", "", "", ""));
        assertThat(created.errors()).extracting(FieldError::field).containsExactly(BankAccount.BRANCH_CODE,
                BankAccount.ACCOUNT_TYPE, BankAccount.ACCOUNT_NUMBER, BankAccount.HOLDER_NAME);
    }

    @Test
    void a_contractor_without_bank_account_has_no_banking() {
        long id = organizations.createContractor(withBank(contractor(List.of()), "", "", "", "", "")).get();
        assertThat(organizations.contractorBanking(id)).isEmpty();
    }

    @Test
    void an_unknown_town_is_refused() {
        Checked<Long> created = organizations.createContractor(contractor(List.of(999_999L)));
        assertThat(created.errors()).extracting(FieldError::code)
                .containsExactly("organization.contractor.municipalityIds.unknown");
    }

    @Test
    void an_update_replaces_the_towns_served_and_audits_before_and_after() {
        long a = organizations.createMunicipality(town("甲村")).get();
        long b = organizations.createMunicipality(town("乙町")).get();
        long id = organizations.createContractor(contractor(List.of(a))).get();

        ContractorDetails changed = withBank(contractor(List.of(b)), "0009", "001", "2", "7654321", "ｶ)ﾊﾀﾗｸ");
        assertThat(organizations.updateContractor(id, 0, changed).isValid()).isTrue();

        assertThat(organizations.municipalitiesServedBy(id)).extracting(Municipality::id).containsExactly(b);
        assertThat(organizations.contractorBanking(id).orElseThrow().account().type())
                .isEqualTo(BankAccount.AccountType.CURRENT);
        String before = jdbc.sql("""
                SELECT before_state::text FROM audit_log WHERE action = 'organization.contractor.update' AND target_id = :id
                """).param("id", String.valueOf(id)).query(String.class).single();
        assertThat(before).contains("\"bankCode\"").contains("0005");
    }

    @Test
    void an_invalid_update_changes_nothing() {
        long id = organizations.createContractor(contractor(List.of())).get();
        Versioned<ContractorDetails> before = organizations.contractorDetails(id).orElseThrow();

        Checked<Long> updated = organizations.updateContractor(id, before.version(),
                withNumbers(contractor(List.of()), "12345", "", "3994511"));

        assertThat(updated.errors()).extracting(FieldError::code).containsExactly("shared.corporateNumber.format");
        assertThat(organizations.contractorDetails(id)).contains(before);
        assertThat(auditCount("organization.contractor.update", id)).isZero();
    }

    @Test
    void a_save_based_on_an_old_version_is_refused_and_changes_nothing() {
        long id = organizations.createContractor(contractor(List.of())).get();
        Versioned<ContractorDetails> first = organizations.contractorDetails(id).orElseThrow();
        Versioned<ContractorDetails> second = organizations.contractorDetails(id).orElseThrow();
        assertThat(organizations.updateContractor(id, first.version(),
                withBank(contractor(List.of()), "", "", "", "", "")).isValid()).isTrue();

        Checked<Long> late = organizations.updateContractor(id, second.version(), contractor(List.of()));

        assertThat(late.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "organization.stale"));
        assertThat(organizations.contractorBanking(id)).isEmpty();
        assertThat(auditCount("organization.contractor.update", id)).isEqualTo(1);

        long town = organizations.createMunicipality(town("競合村")).get();
        assertThat(organizations.updateMunicipality(town, 0, town("競合町")).isValid()).isTrue();
        assertThat(organizations.updateMunicipality(town, 0, town("別名町")).errors()).extracting(FieldError::code)
                .containsExactly("organization.stale");
        assertThat(organizations.municipality(town).orElseThrow().name()).isEqualTo("競合町");
    }

    @Test
    void towns_are_validated_and_their_population_date_read_as_people_write_it() {
        Checked<Long> created = organizations.createMunicipality(town("白樺村"));
        MunicipalityDetails stored = organizations.municipalityDetails(created.get()).orElseThrow().value();
        assertThat(stored.population()).isEqualTo("7000");
        assertThat(stored.populationAsOf()).isEqualTo("2025-04-01");

        Checked<Long> refused = organizations.createMunicipality(
                new MunicipalityDetails("", "白樺", "48", "-3", "R5.2.30"));
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "organization.municipality.name.empty"),
                org.assertj.core.groups.Tuple.tuple("nameKana", "organization.kana.invalidChar"),
                org.assertj.core.groups.Tuple.tuple("prefectureCode", "organization.municipality.prefectureCode.invalid"),
                org.assertj.core.groups.Tuple.tuple("population", "organization.municipality.population.format"),
                org.assertj.core.groups.Tuple.tuple("populationAsOf", "shared.date.invalid"));
    }

    private static MunicipalityDetails withNetworks(String name, String networks) {
        MunicipalityDetails d = town(name);
        return new MunicipalityDetails(d.name(), d.nameKana(), d.prefectureCode(), d.population(), d.populationAsOf(),
                networks);
    }

    @Test
    void centre_networks_are_stored_as_cidr_read_back_canonical_and_give_the_place_of_an_address() throws Exception {
        long id = organizations.createMunicipality(withNetworks("網村", "203.0.113.0/24\n2001:DB8:0::/48")).get();

        assertThat(jdbc.sql("SELECT array_length(centre_networks, 1) FROM municipality WHERE id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT inet '203.0.113.9' <<= ANY (centre_networks) FROM municipality WHERE id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(organizations.centreNetworks(id).texts()).containsExactly("203.0.113.0/24", "2001:db8::/48");
        assertThat(organizations.municipalityDetails(id).orElseThrow().value().centreNetworks())
                .isEqualTo("203.0.113.0/24\n2001:db8::/48");
        assertThat(organizations.siteOf(id, java.net.InetAddress.getByName("203.0.113.9"))).contains(WorkSite.CENTRE);
        assertThat(organizations.siteOf(id, java.net.InetAddress.getByName("2001:db8::7"))).contains(WorkSite.CENTRE);
        assertThat(organizations.siteOf(id, java.net.InetAddress.getByName("198.51.100.9"))).contains(WorkSite.HOME);
        assertThat(organizations.siteOf(id, null)).isEmpty();
    }

    @Test
    void a_town_without_networks_cannot_tell_and_neither_can_an_unknown_town() throws Exception {
        long id = organizations.createMunicipality(town("無網村")).get();
        assertThat(organizations.centreNetworks(id).isEmpty()).isTrue();
        assertThat(organizations.siteOf(id, java.net.InetAddress.getByName("203.0.113.9"))).isEmpty();
        assertThat(organizations.siteOf(999_999_999L, java.net.InetAddress.getByName("203.0.113.9"))).isEmpty();
    }

    @Test
    void networks_change_only_when_given_and_bad_lines_write_nothing() {
        long id = organizations.createMunicipality(withNetworks("変網村", "203.0.113.0/24")).get();

        // an update that does not carry networks (imports, older callers) leaves them alone
        assertThat(organizations.updateMunicipality(id, 0, town("変網村")).isValid()).isTrue();
        assertThat(organizations.centreNetworks(id).texts()).containsExactly("203.0.113.0/24");

        Checked<Long> refused = organizations.updateMunicipality(id, 1, withNetworks("改名村", "203.0.113.0/24\nセンター"));
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code, FieldError::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("centreNetworks", Cidr.FORMAT, List.of("2", "センター")));
        assertThat(organizations.municipality(id).orElseThrow().name()).isEqualTo("変網村");
        assertThat(organizations.centreNetworks(id).texts()).containsExactly("203.0.113.0/24");

        assertThat(organizations.updateMunicipality(id, 1, withNetworks("変網村", "198.51.100.0/24")).isValid()).isTrue();
        assertThat(organizations.centreNetworks(id).texts()).containsExactly("198.51.100.0/24");
        assertThat(organizations.updateMunicipality(id, 2, withNetworks("変網村", "")).isValid()).isTrue();
        assertThat(organizations.centreNetworks(id).isEmpty()).isTrue();
        assertThat(auditCount("organization.municipality.update", id)).isEqualTo(3);
    }

    private static MunicipalityDetails withCode(String name, String prefecture, String code) {
        MunicipalityDetails d = town(name);
        return new MunicipalityDetails(d.name(), d.nameKana(), prefecture, d.population(), d.populationAsOf(), null,
                code);
    }

    private String storedCode(long id) {
        return jdbc.sql("SELECT local_government_code FROM municipality WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void a_local_government_code_is_stored_with_its_check_digit_read_back_and_audited() {
        // 20201 is 長野市 (prefecture 20): typed as five full-width digits, the check digit 1 is added
        long id = organizations.createMunicipality(withCode("長野市", "20", "２０２０１")).get();

        assertThat(storedCode(id)).isEqualTo("202011");
        assertThat(organizations.municipality(id).orElseThrow().localGovernmentCode())
                .contains(new LocalGovernmentCode("202011"));
        assertThat(organizations.municipalities()).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> assertThat(m.localGovernmentCode().map(LocalGovernmentCode::value)).contains("202011"));
        assertThat(organizations.municipalityDetails(id).orElseThrow().value().localGovernmentCode())
                .isEqualTo("202011");
        assertThat(jdbc.sql("""
                SELECT after_state::text FROM audit_log WHERE action = 'organization.municipality.create' AND target_id = :id
                """).param("id", String.valueOf(id)).query(String.class).single())
                .contains("\"localGovernmentCode\"").contains("202011");

        // an update that does not carry a code (imports, older callers) leaves it alone
        assertThat(organizations.updateMunicipality(id, 0, town("長野市")).isValid()).isTrue();
        assertThat(storedCode(id)).isEqualTo("202011");
        // its own code is no duplicate; an empty field removes it
        assertThat(organizations.updateMunicipality(id, 1, withCode("長野市", "20", "202011")).isValid()).isTrue();
        assertThat(organizations.updateMunicipality(id, 2, withCode("長野市", "20", " ")).isValid()).isTrue();
        assertThat(storedCode(id)).isNull();
        assertThat(organizations.municipality(id).orElseThrow().localGovernmentCode()).isEmpty();
        String before = jdbc.sql("""
                SELECT before_state::text FROM audit_log WHERE action = 'organization.municipality.update'
                AND target_id = :id ORDER BY id DESC LIMIT 1
                """).param("id", String.valueOf(id)).query(String.class).single();
        assertThat(before).contains("202011");
        assertThat(auditCount("organization.municipality.update", id)).isEqualTo(3);
    }

    @Test
    void a_town_without_a_code_has_none() {
        long id = organizations.createMunicipality(town("無番号村")).get();
        assertThat(storedCode(id)).isNull();
        assertThat(organizations.municipality(id).orElseThrow().localGovernmentCode()).isEmpty();
        assertThat(organizations.municipalityDetails(id).orElseThrow().value().localGovernmentCode()).isEmpty();
        assertThat(new Municipality(1, "旧形式村", "きゅうけいしきむら", "20", 100).localGovernmentCode()).isEmpty();
        assertThat(new Municipality(1, "旧形式村", "きゅうけいしきむら", "20", 100, null).localGovernmentCode()).isEmpty();
    }

    @Test
    void a_wrong_check_digit_is_refused_saying_which_one_is_expected_and_nothing_is_written() {
        long towns = count("municipality");
        long audits = count("audit_log");

        Checked<Long> refused = organizations.createMunicipality(withCode("検査村", "20", "202010"));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code, FieldError::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("localGovernmentCode",
                        "organization.municipality.localGovernmentCode.checkDigit", List.of("202010", "1", "202011")));
        assertThat(count("municipality")).isEqualTo(towns);
        assertThat(count("audit_log")).isEqualTo(audits);
    }

    @Test
    void a_code_of_another_prefecture_is_refused_naming_both_and_nothing_is_written() {
        long towns = count("municipality");
        long audits = count("audit_log");

        // 131016 is 千代田区, prefecture 13; the town is in 20
        Checked<Long> refused = organizations.createMunicipality(withCode("県違村", "20", "131016"));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code, FieldError::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("localGovernmentCode",
                        "organization.municipality.localGovernmentCode.prefecture", List.of("131016", "13", "20")));
        assertThat(count("municipality")).isEqualTo(towns);
        assertThat(count("audit_log")).isEqualTo(audits);

        // moving a town with a code to another prefecture without changing the code is refused too
        long id = organizations.createMunicipality(withCode("県移村", "20", "20203")).get();
        assertThat(storedCode(id)).isEqualTo("202037");
        Checked<Long> moved = organizations.updateMunicipality(id, 0,
                new MunicipalityDetails("県移村", "けんいむら", "13", "7000", ""));
        assertThat(moved.errors()).extracting(FieldError::code, FieldError::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("organization.municipality.localGovernmentCode.prefecture",
                        List.of("202037", "20", "13")));
        assertThat(organizations.municipality(id).orElseThrow().prefectureCode()).isEqualTo("20");
        assertThat(organizations.municipalityDetails(id).orElseThrow().version()).isZero();
        assertThat(auditCount("organization.municipality.update", id)).isZero();
    }

    @Test
    void codes_that_are_not_codes_are_refused() {
        assertThat(organizations.createMunicipality(withCode("桁村", "20", "2020")).errors())
                .extracting(FieldError::code).containsExactly("organization.municipality.localGovernmentCode.format");
        assertThat(organizations.createMunicipality(withCode("字村", "20", "20２0x")).errors())
                .extracting(FieldError::code).containsExactly("organization.municipality.localGovernmentCode.format");
        assertThat(organizations.createMunicipality(withCode("七桁村", "20", "2020110")).errors())
                .extracting(FieldError::code).containsExactly("organization.municipality.localGovernmentCode.format");
        // with the town's prefecture itself wrong, a code of no prefecture is named as such
        assertThat(organizations.createMunicipality(withCode("無県村", "48", "48001")).errors())
                .extracting(FieldError::code).containsExactly("organization.municipality.prefectureCode.invalid",
                        "organization.municipality.localGovernmentCode.noPrefecture");
    }

    @Test
    void a_code_already_used_by_another_town_is_refused_naming_it_and_nothing_is_written() {
        long first = organizations.createMunicipality(withCode("先着町", "20", "202029")).get();
        long towns = count("municipality");
        long audits = count("audit_log");

        Checked<Long> created = organizations.createMunicipality(withCode("後着町", "20", "20202"));
        assertThat(created.errors()).extracting(FieldError::field, FieldError::code, FieldError::args).containsExactly(
                org.assertj.core.groups.Tuple.tuple("localGovernmentCode",
                        "organization.municipality.localGovernmentCode.taken", List.of("202029", "先着町")));
        assertThat(count("municipality")).isEqualTo(towns);

        long second = organizations.createMunicipality(town("後着町")).get();
        long audits2 = count("audit_log");
        Checked<Long> updated = organizations.updateMunicipality(second, 0, withCode("後着町", "20", "202029"));
        assertThat(updated.errors()).extracting(FieldError::code)
                .containsExactly("organization.municipality.localGovernmentCode.taken");
        assertThat(storedCode(second)).isNull();
        assertThat(organizations.municipalityDetails(second).orElseThrow().version()).isZero();
        assertThat(count("audit_log")).isEqualTo(audits2).isEqualTo(audits + 1);
        assertThat(storedCode(first)).isEqualTo("202029");
    }

    @Test
    void the_database_itself_refuses_a_duplicate_or_a_code_of_another_prefecture() {
        long a = organizations.createMunicipality(withCode("表甲村", "20", "202045")).get();
        long b = organizations.createMunicipality(town("表乙村")).get();
        assertThatThrownBy(() -> jdbc.sql("UPDATE municipality SET local_government_code = '202045' WHERE id = :id")
                .param("id", b).update()).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE municipality SET local_government_code = '131016' WHERE id = :id")
                .param("id", b).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE municipality SET prefecture_code = '13' WHERE id = :id")
                .param("id", a).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(storedCode(b)).isNull();
    }

    @Test
    void a_town_update_is_audited() {
        long id = organizations.createMunicipality(town("丙村")).get();
        assertThat(organizations.updateMunicipality(id, 0,
                new MunicipalityDetails("丙町", "へいまち", "20", "6900", "")).isValid()).isTrue();
        assertThat(organizations.municipalityDetails(id).orElseThrow().version()).isEqualTo(1);
        assertThat(organizations.municipality(id).orElseThrow().name()).isEqualTo("丙町");
        assertThat(auditCount("organization.municipality.update", id)).isEqualTo(1);
    }

    @Test
    void programmatic_registration_validates_too() {
        long town = organizations.registerMunicipality("履歴町", "りれきまち", "20", 7000);
        long id = organizations.registerContractor(new Organizations.NewContractor("株式会社はたらく", "かぶしきがいしゃはたらく",
                OTHER_CORPORATE_NUMBER, null, "1000001", "東京都千代田区1-1"));
        organizations.serve(id, town);
        assertThat(organizations.municipalitiesServedBy(id)).extracting(Municipality::name).containsExactly("履歴町");
        assertThat(auditCount("organization.contractor.serve", id)).isEqualTo(1);

        assertThatThrownBy(() -> organizations.registerContractor(new Organizations.NewContractor("x", "えっくす",
                "1234567890123", "T1234567890123", "100", "")))
                .isInstanceOfSatisfying(InvalidOrganizationInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("corporateNumber", "registrationNumber", "postalCode", "address"));
    }
}
