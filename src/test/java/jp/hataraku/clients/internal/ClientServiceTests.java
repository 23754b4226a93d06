package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.clients.Agreements;
import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.clients.Clients.NewClient;
import jp.hataraku.clients.Clients.NewLead;
import jp.hataraku.clients.LeadSource;
import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clients module's face and its tables, on PostgreSQL. */
@SpringBootTest
class ClientServiceTests {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate MARCH = LocalDate.of(2027, 3, 31);

    @Autowired
    Clients clients;
    @Autowired
    ClientService service;
    @Autowired
    LeadRepository leads;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    long contractor;
    long client;

    @BeforeEach
    void setUp() {
        contractor = ClientFixtures.contractor(organizations);
        client = clients.create(new NewClient(contractor, "株式会社テスト商事", "てすとしょうじ", ClientType.IN_PREFECTURE,
                Optional.of("2010001000005")));
    }

    @Test
    void a_created_client_is_found_and_listed_by_kana() {
        long earlier = clients.create(new NewClient(contractor, "青空株式会社", "あおぞら", ClientType.IN_TOWN, Optional.empty()));
        assertThat(clients.find(client)).get().extracting(ClientSummary::name, ClientSummary::corporateNumber)
                .containsExactly("株式会社テスト商事", Optional.of("2010001000005"));
        assertThat(clients.list(contractor)).extracting(ClientSummary::id).containsExactly(earlier, client);
        assertThat(clients.find(999_999_999)).isEmpty();
    }

    @Test
    void a_wrong_corporate_number_is_refused() {
        assertThatThrownBy(() -> clients.create(new NewClient(contractor, "誤り株式会社", "あやまり", ClientType.IN_TOWN,
                Optional.of("1010001000005")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_contract_and_nda_in_force_on_a_date() {
        long contract = clients.recordAgreement(client, AgreementKind.SERVICE_CONTRACT, APRIL, MARCH);
        long nda = clients.recordAgreement(client, AgreementKind.NDA, APRIL, MARCH);

        assertThat(clients.agreementsOn(client, APRIL)).isEqualTo(new Agreements(Optional.of(contract), Optional.of(nda)));
        assertThat(clients.agreementsOn(client, MARCH).inForce()).isTrue();
        assertThat(clients.agreementsOn(client, APRIL.minusDays(1)).inForce()).isFalse();
        assertThat(clients.agreementsOn(client, MARCH.plusDays(1)))
                .isEqualTo(new Agreements(Optional.empty(), Optional.empty()));
    }

    @Test
    void a_contract_alone_is_not_enough_and_a_terminated_nda_is_not_in_force() {
        clients.recordAgreement(client, AgreementKind.SERVICE_CONTRACT, APRIL, MARCH);
        long nda = clients.recordAgreement(client, AgreementKind.NDA, APRIL, MARCH);
        service.terminate(agreements.find(nda).orElseThrow());

        Agreements on = clients.agreementsOn(client, APRIL.plusMonths(1));
        assertThat(on.serviceContractId()).isPresent();
        assertThat(on.ndaId()).isEmpty();
        assertThat(on.inForce()).isFalse();
    }

    @Test
    void when_a_renewal_overlaps_the_newer_agreement_counts() {
        clients.recordAgreement(client, AgreementKind.NDA, APRIL, MARCH);
        long renewed = clients.recordAgreement(client, AgreementKind.NDA, MARCH.minusDays(10), MARCH.plusYears(1));
        assertThat(clients.agreementsOn(client, MARCH).ndaId()).contains(renewed);
    }

    @Test
    void another_clients_agreements_do_not_count() {
        long other = clients.create(new NewClient(contractor, "別会社", "べつがいしゃ", ClientType.IN_TOWN, Optional.empty()));
        clients.recordAgreement(other, AgreementKind.SERVICE_CONTRACT, APRIL, MARCH);
        clients.recordAgreement(other, AgreementKind.NDA, APRIL, MARCH);
        assertThat(clients.agreementsOn(client, APRIL).inForce()).isFalse();
    }

    @Test
    void an_agreement_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> clients.recordAgreement(client, AgreementKind.NDA, MARCH, APRIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clients.recordAgreement(999_999_999, AgreementKind.NDA, APRIL, MARCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_converted_lead_keeps_its_link_to_the_client_it_became() {
        long lead = clients.recordLead(new NewLead(contractor, "合宿で来た株式会社", "がっしゅく", LeadSource.WORKTRIP_VISIT,
                Optional.empty(), "", APRIL));
        assertThat(service.convertLead(lead, details("合宿で来た株式会社")).isValid()).as("a NEW lead cannot convert").isFalse();
        assertThat(service.moveLead(lead, LeadStage.CONTACTED)).isTrue();

        long converted = service.convertLead(lead, details("合宿で来た株式会社")).get();

        Lead after = leads.find(lead).orElseThrow();
        assertThat(after.stage()).isEqualTo(LeadStage.WON);
        assertThat(after.clientId()).contains(converted);
        assertThat(leads.ofClient(converted).map(Lead::source)).contains(LeadSource.WORKTRIP_VISIT);
        assertThat(clients.find(converted).map(ClientSummary::contractorId)).contains(contractor);
        assertThat(service.moveLead(lead, LeadStage.LOST)).as("WON is final").isFalse();
    }

    @Test
    void a_refused_conversion_writes_nothing() {
        long lead = clients.recordLead(new NewLead(contractor, "新規株式会社", "しんき", LeadSource.SEMINAR, Optional.empty(), "",
                APRIL));
        long before = jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();
        assertThat(service.convertLead(lead, details("新規株式会社")).errors())
                .extracting(e -> e.code()).containsExactly("clients.error.leadStage");
        assertThat(jdbc.sql("SELECT count(*) FROM client").query(Long.class).single()).isEqualTo(before);
        assertThat(leads.find(lead).orElseThrow().stage()).isEqualTo(LeadStage.NEW);
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, "かな", Optional.empty(), ClientType.OUTSIDE_PREFECTURE, "", "");
    }
}
