package jp.hataraku.organization;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.shared.Checked;

/** The organization module's face: the towns and contractors other modules refer to by id. */
public interface Organizations {

    List<Municipality> municipalities();

    Optional<Municipality> municipality(long id);

    List<Contractor> contractors();

    Optional<Contractor> contractor(long id);

    /** The towns a contractor serves. */
    List<Municipality> municipalitiesServedBy(long contractorId);

    /** The contractors that serve a town. */
    List<Contractor> contractorsServing(long municipalityId);

    /**
     * Registers a town (demo data, imports). Validated like {@link #createMunicipality}; invalid
     * input throws {@link InvalidOrganizationInput}. Audited.
     */
    long registerMunicipality(String name, String nameKana, String prefectureCode, int population);

    /**
     * Registers a contractor without a bank account (demo data, imports). The corporate number,
     * registration number (check digits) and postal code are validated; invalid input throws
     * {@link InvalidOrganizationInput} naming each field. Audited.
     */
    long registerContractor(NewContractor contractor);

    /** Records that a contractor serves a town. Audited. */
    void serve(long contractorId, long municipalityId);

    /** A town as typed: the new id, or each field's problem as a message code. Writes nothing on error. */
    Checked<Long> createMunicipality(MunicipalityDetails details);

    /**
     * Changes a town read at {@code version}; the id, or each field's problem, or
     * {@code organization.stale} (no field) when someone changed it since. Writes nothing on error.
     */
    Checked<Long> updateMunicipality(long id, long version, MunicipalityDetails details);

    /**
     * The public networks of the town's telework centre; none when the town has not recorded any.
     * Kept in memory per town for up to 30 seconds.
     */
    CentreNetworks centreNetworks(long municipalityId);

    /**
     * Where work sent from {@code address} by a worker of the town was done: CENTRE inside one of the
     * town's centre networks, HOME outside them; empty when the town has no networks (not known).
     * The networks are kept in memory per town for up to 30 seconds (an edit shows at once on the
     * instance it was made on); the address is never looked up.
     */
    default Optional<WorkSite> siteOf(long municipalityId, InetAddress address) {
        return address == null ? Optional.empty() : centreNetworks(municipalityId).siteOf(address);
    }

    /** A town as the edit form shows it, with its version. */
    Optional<Versioned<MunicipalityDetails>> municipalityDetails(long id);

    /** A contractor as typed, with its bank account and towns: the new id, or each field's problem. */
    Checked<Long> createContractor(ContractorDetails details);

    /**
     * Changes a contractor read at {@code version}, its bank account and the towns it serves; the
     * id, or each field's problem, or {@code organization.stale} when someone changed it since.
     */
    Checked<Long> updateContractor(long id, long version, ContractorDetails details);

    /** A contractor as the edit form shows it, with its version. */
    Optional<Versioned<ContractorDetails>> contractorDetails(long id);

    /** The paying account and Zengin settings of a contractor, when it has an account. */
    Optional<ContractorBanking> contractorBanking(long contractorId);

    /** The minimum wage in force in the town on {@code date}; empty when none was recorded for it. */
    Optional<MinimumWage> minimumWage(long municipalityId, LocalDate date);

    /** Every minimum wage entry of the town, newest first. */
    List<MinimumWage> minimumWages(long municipalityId);

    /**
     * Records the minimum wage in force in the town from a date, as typed (yen per hour, an ISO
     * date, the source): the town's id, or each field's problem ({@code yenPerHour},
     * {@code validFrom}, {@code source}). A second entry for the same date replaces the first. Audited.
     */
    Checked<Long> recordMinimumWage(long municipalityId, String yenPerHour, String validFrom, String source);

    record NewContractor(String legalName, String legalNameKana, String corporateNumber, String registrationNumber,
            String postalCode, String address) {
    }
}
