package jp.hataraku.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the clients module. */
public interface Clients {

    Optional<ClientSummary> find(long clientId);

    /** The type of each of the clients (unknown ids are absent): the council report sums order amounts by type. */
    Map<Long, ClientType> typesOf(Collection<Long> clientIds);

    /** The contractor's clients, by kana order. */
    List<ClientSummary> list(long contractorId);

    /** The service contract and NDA in force for the client on {@code date}. */
    Agreements agreementsOn(long clientId, LocalDate date);

    /** Creates a client (demo data, tests, and the staff pages); returns its id. */
    long create(NewClient client);

    /**
     * Records a signed agreement valid from {@code from} to {@code to} inclusive (demo data,
     * tests, and the staff pages); returns its id.
     */
    long recordAgreement(long clientId, AgreementKind kind, LocalDate from, LocalDate to);

    /** Records a lead (demo data, tests, and the staff pages); returns its id. */
    long recordLead(NewLead lead);

    /** A lead as received: the contractor, the company, where it came from and who follows it up. */
    record NewLead(long contractorId, String companyName, String companyKana, LeadSource source,
            Optional<Long> ownerWorkerId, String note, LocalDate receivedOn) {
    }

    /** A client to create: the contractor it contracts with, its name, kana and kind. */
    record NewClient(long contractorId, String name, String nameKana, ClientType type,
            Optional<String> corporateNumber) {
    }

    enum AgreementKind { SERVICE_CONTRACT, NDA }
}
