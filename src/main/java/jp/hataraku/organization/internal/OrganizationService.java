package jp.hataraku.organization.internal;

import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Audit;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.ContractorBanking;
import jp.hataraku.organization.ContractorDetails;
import jp.hataraku.organization.InvalidOrganizationInput;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.MunicipalityDetails;
import jp.hataraku.organization.Organizations;
import jp.hataraku.organization.Versioned;
import jp.hataraku.organization.internal.OrganizationValidation.ValidContractor;
import jp.hataraku.organization.internal.OrganizationValidation.ValidMunicipality;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganizationService implements Organizations {

    static final String MUNICIPALITY = "municipality";
    static final String CONTRACTOR = "contractor";

    private final OrganizationRepository repository;
    private final Audit audit;

    OrganizationService(OrganizationRepository repository, Audit audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public List<Municipality> municipalities() {
        return repository.municipalities();
    }

    @Override
    public Optional<Municipality> municipality(long id) {
        return repository.municipality(id);
    }

    @Override
    public List<Contractor> contractors() {
        return repository.contractors();
    }

    @Override
    public Optional<Contractor> contractor(long id) {
        return repository.contractor(id);
    }

    @Override
    public List<Municipality> municipalitiesServedBy(long contractorId) {
        return repository.servedBy(contractorId);
    }

    @Override
    public List<Contractor> contractorsServing(long municipalityId) {
        return repository.serving(municipalityId);
    }

    @Override
    @Transactional
    public long registerMunicipality(String name, String nameKana, String prefectureCode, int population) {
        Checked<Long> created = createMunicipality(
                new MunicipalityDetails(name, nameKana, prefectureCode, String.valueOf(population), ""));
        if (!created.isValid()) {
            throw new InvalidOrganizationInput(created.errors());
        }
        return created.get();
    }

    @Override
    @Transactional
    public long registerContractor(NewContractor c) {
        Checked<Long> created = createContractor(new ContractorDetails(c.legalName(), c.legalNameKana(),
                c.corporateNumber(), c.registrationNumber(), c.postalCode(), c.address(), "", "", "", "", "", "", "",
                "", "", false, List.of()));
        if (!created.isValid()) {
            throw new InvalidOrganizationInput(created.errors());
        }
        return created.get();
    }

    @Override
    @Transactional
    public void serve(long contractorId, long municipalityId) {
        List<Long> before = repository.servedIds(contractorId);
        repository.serve(contractorId, municipalityId);
        audit.change("organization.contractor.serve", CONTRACTOR, contractorId, before,
                repository.servedIds(contractorId));
    }

    @Override
    @Transactional
    public Checked<Long> createMunicipality(MunicipalityDetails details) {
        Checked<ValidMunicipality> valid = OrganizationValidation.municipality(details);
        if (!valid.isValid()) {
            return Checked.invalid(valid.errors());
        }
        long id = repository.insertMunicipality(valid.get());
        audit.change("organization.municipality.create", MUNICIPALITY, id, null,
                repository.municipalityDetails(id).orElse(null));
        return Checked.valid(id);
    }

    @Override
    @Transactional
    public Checked<Long> updateMunicipality(long id, long version, MunicipalityDetails details) {
        MunicipalityDetails before = repository.municipalityDetails(id)
                .orElseThrow(() -> new IllegalArgumentException("no municipality " + id));
        Checked<ValidMunicipality> valid = OrganizationValidation.municipality(details);
        if (!valid.isValid()) {
            return Checked.invalid(valid.errors());
        }
        if (!repository.updateMunicipality(id, version, valid.get())) {
            return stale();
        }
        audit.change("organization.municipality.update", MUNICIPALITY, id, before,
                repository.municipalityDetails(id).orElse(null));
        return Checked.valid(id);
    }

    @Override
    public Optional<Versioned<MunicipalityDetails>> municipalityDetails(long id) {
        return repository.versionedMunicipality(id);
    }

    @Override
    @Transactional
    public Checked<Long> createContractor(ContractorDetails details) {
        Checked<ValidContractor> valid = OrganizationValidation.contractor(details, repository::municipalityExists);
        if (!valid.isValid()) {
            return Checked.invalid(valid.errors());
        }
        long id = repository.insertContractor(valid.get());
        repository.replaceServed(id, valid.get().municipalityIds());
        audit.change("organization.contractor.create", CONTRACTOR, id, null,
                repository.contractorDetails(id).orElse(null));
        return Checked.valid(id);
    }

    @Override
    @Transactional
    public Checked<Long> updateContractor(long id, long version, ContractorDetails details) {
        ContractorDetails before = repository.contractorDetails(id)
                .orElseThrow(() -> new IllegalArgumentException("no contractor " + id));
        Checked<ValidContractor> valid = OrganizationValidation.contractor(details, repository::municipalityExists);
        if (!valid.isValid()) {
            return Checked.invalid(valid.errors());
        }
        if (!repository.updateContractor(id, version, valid.get())) {
            return stale();
        }
        repository.replaceServed(id, valid.get().municipalityIds());
        audit.change("organization.contractor.update", CONTRACTOR, id, before,
                repository.contractorDetails(id).orElse(null));
        return Checked.valid(id);
    }

    @Override
    public Optional<Versioned<ContractorDetails>> contractorDetails(long id) {
        return repository.versionedContractor(id);
    }

    /** Someone saved the record since it was read; nothing was written. */
    private static Checked<Long> stale() {
        return Checked.invalid(List.of(new FieldError(null, "organization.stale", List.of())));
    }

    @Override
    public Optional<ContractorBanking> contractorBanking(long contractorId) {
        return repository.banking(contractorId);
    }
}
