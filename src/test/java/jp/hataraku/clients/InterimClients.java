package jp.hataraku.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Test-only stand-in for the clients module while its implementation is being merged: keeps
 * clients and agreements in memory with the same rules (in force from ≤ date ≤ to). Removed when
 * clients.internal.ClientService lands.
 */
@Component
class InterimClients implements Clients {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, ClientSummary> clients = new ConcurrentHashMap<>();
    private final List<Object[]> agreements = new ArrayList<>();

    @Override
    public Optional<ClientSummary> find(long clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public List<ClientSummary> list(long contractorId) {
        return clients.values().stream().filter(c -> c.contractorId() == contractorId).toList();
    }

    @Override
    public synchronized Agreements agreementsOn(long clientId, LocalDate date) {
        Optional<Long> contract = Optional.empty();
        Optional<Long> nda = Optional.empty();
        for (Object[] a : agreements) {
            if ((long) a[1] == clientId && !date.isBefore((LocalDate) a[3]) && !date.isAfter((LocalDate) a[4])) {
                if (a[2] == AgreementKind.SERVICE_CONTRACT) {
                    contract = Optional.of((long) a[0]);
                } else {
                    nda = Optional.of((long) a[0]);
                }
            }
        }
        return new Agreements(contract, nda);
    }

    @Override
    public long create(NewClient client) {
        long id = ids.incrementAndGet();
        clients.put(id, new ClientSummary(id, client.contractorId(), client.name(), client.nameKana(), client.type(),
                client.corporateNumber()));
        return id;
    }

    @Override
    public synchronized long recordAgreement(long clientId, AgreementKind kind, LocalDate from, LocalDate to) {
        long id = ids.incrementAndGet();
        agreements.add(new Object[] {id, clientId, kind, from, to});
        return id;
    }
}
