package jp.hataraku.jobs.internal;

import java.net.InetAddress;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.hataraku.organization.Cidr;
import jp.hataraku.organization.Organizations;
import jp.hataraku.organization.WorkSite;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Component;

/**
 * Where a worker's work was done, from the address it was sent from and the worker's town's
 * telework centre networks: one lookup by primary key (the worker's town; the town's networks are
 * kept in memory by the organization module), asked only when something is recorded. Workers are
 * never asked; a town without networks gives empty (not known).
 */
@Component
public class WorkSites {

    private final Workers workers;
    private final Organizations organizations;

    WorkSites(Workers workers, Organizations organizations) {
        this.workers = workers;
        this.organizations = organizations;
    }

    /** The client's address as the container reports it (X-Forwarded-For only when configured so). */
    public static Optional<InetAddress> clientAddress(HttpServletRequest request) {
        return request == null ? Optional.empty() : Cidr.literal(request.getRemoteAddr());
    }

    /** Where work the worker sent from {@code address} was done; empty when not known. */
    public Optional<WorkSite> of(long workerId, Optional<InetAddress> address) {
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return workers.municipalityOf(workerId).flatMap(town -> organizations.siteOf(town, address.get()));
    }

    /** The column value: HOME, CENTRE or null. */
    public static String column(Optional<WorkSite> site) {
        return site.map(WorkSite::name).orElse(null);
    }
}
