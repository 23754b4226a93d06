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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

@Service
class OrganizationService implements Organizations {

    static final String MUNICIPALITY = "municipality";
    static final String CONTRACTOR = "contractor";

    private final OrganizationRepository repository;
    private final Audit audit;
    private final MinimumWageRepository wages;

    OrganizationService(OrganizationRepository repository, Audit audit, MinimumWageRepository wages) {
        this.wages = wages;
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
        Checked<ValidMunicipality> valid = OrganizationValidation.municipality(details,
                code -> repository.holderOf(code, null));
        if (!valid.isValid()) {
            return Checked.invalid(valid.errors());
        }
        long id;
        try {
            id = repository.insertMunicipality(valid.get());
        } catch (DuplicateKeyException e) {
            return codeTakenMeanwhile(valid.get());
        }
        forgetNetworks(id);
        audit.change("organization.municipality.create", MUNICIPALITY, id, null,
                repository.municipalityDetails(id).orElse(null));
        return Checked.valid(id);
    }

    @Override
    @Transactional
    public Checked<Long> updateMunicipality(long id, long version, MunicipalityDetails details) {
        MunicipalityDetails before = repository.municipalityDetails(id)
                .orElseThrow(() -> new IllegalArgumentException("no municipality " + id));
        if (details.localGovernmentCode() == null) {
            // kept as it is, yet checked again: a changed prefecture must still match it
            details = new MunicipalityDetails(details.name(), details.nameKana(), details.prefectureCode(),
                    details.population(), details.populationAsOf(), details.centreNetworks(),
                    before.localGovernmentCode());
        }
        Checked<ValidMunicipality> valid = OrganizationValidation.municipality(details,
                code -> repository.holderOf(code, id));
        if (!valid.isValid()) {
            return Checked.invalid(valid.errors());
        }
        try {
            if (!repository.updateMunicipality(id, version, valid.get())) {
                return stale();
            }
        } catch (DuplicateKeyException e) {
            return codeTakenMeanwhile(valid.get());
        }
        forgetNetworks(id);
        audit.change("organization.municipality.update", MUNICIPALITY, id, before,
                repository.municipalityDetails(id).orElse(null));
        return Checked.valid(id);
    }

    /**
     * Centre networks change seldom and are read on every hand-in, so each town's are kept for a
     * short while: an edit shows at once on this instance and within this time on the others.
     */
    static final long NETWORKS_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private record KeptNetworks(jp.hataraku.organization.CentreNetworks networks, long readAt) {
    }

    private final java.util.Map<Long, KeptNetworks> keptNetworks = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public jp.hataraku.organization.CentreNetworks centreNetworks(long municipalityId) {
        long now = System.nanoTime();
        KeptNetworks kept = keptNetworks.get(municipalityId);
        if (kept != null && now - kept.readAt() < NETWORKS_TTL_NANOS) {
            return kept.networks();
        }
        jp.hataraku.organization.CentreNetworks read = repository.centreNetworks(municipalityId);
        keptNetworks.put(municipalityId, new KeptNetworks(read, now));
        return read;
    }

    /** Forgets a town's kept networks now and again once the change is committed. */
    private void forgetNetworks(long municipalityId) {
        keptNetworks.remove(municipalityId);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            keptNetworks.remove(municipalityId);
                        }
                    });
        }
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

    /**
     * Another town took the same local government code between the check and the write (the unique
     * index refused it): the transaction is rolled back and the person told as if the check had seen it.
     */
    private static Checked<Long> codeTakenMeanwhile(ValidMunicipality m) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        String code = m.localGovernmentCode().flatMap(c -> c).map(jp.hataraku.organization.LocalGovernmentCode::value)
                .orElse("");
        return Checked.invalid(List.of(new FieldError(MunicipalityDetails.LOCAL_GOVERNMENT_CODE,
                "organization.municipality.localGovernmentCode.takenMeanwhile", List.of(code))));
    }

    /** Someone saved the record since it was read; nothing was written. */
    private static Checked<Long> stale() {
        return Checked.invalid(List.of(new FieldError(null, "organization.stale", List.of())));
    }

    @Override
    public Optional<ContractorBanking> contractorBanking(long contractorId) {
        return repository.banking(contractorId);
    }

    @Override
    public Optional<jp.hataraku.organization.MinimumWage> minimumWage(long municipalityId, java.time.LocalDate date) {
        return wages.on(municipalityId, date);
    }

    @Override
    public List<jp.hataraku.organization.MinimumWage> minimumWages(long municipalityId) {
        return wages.all(municipalityId);
    }

    @Override
    @Transactional
    public Checked<Long> recordMinimumWage(long municipalityId, String yenPerHour, String validFrom, String source) {
        repository.municipality(municipalityId).orElseThrow(() -> new IllegalArgumentException("no municipality " + municipalityId));
        List<jp.hataraku.shared.FieldError> errors = new java.util.ArrayList<>();
        // full-width digits and thousands separators as people type them
        String yen = yenPerHour == null ? ""
                : java.text.Normalizer.normalize(yenPerHour, java.text.Normalizer.Form.NFKC).strip().replace(",", "");
        long amount = 0;
        if (!yen.matches("[0-9]{1,5}") || (amount = Long.parseLong(yen)) < 1) {
            errors.add(new jp.hataraku.shared.FieldError("yenPerHour", "organization.minimumWage.yenPerHour.invalid", List.of()));
        }
        java.time.LocalDate from = null;
        try {
            from = java.time.LocalDate.parse(validFrom == null ? "" : validFrom.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new jp.hataraku.shared.FieldError("validFrom", "organization.minimumWage.validFrom.invalid", List.of()));
        }
        String text = source == null ? "" : source.strip();
        if (text.isEmpty() || text.length() > 500) {
            errors.add(new jp.hataraku.shared.FieldError("source", "organization.minimumWage.source.empty", List.of()));
        }
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        java.util.Optional<jp.hataraku.organization.MinimumWage> before = wages.on(municipalityId, from)
                .filter(w -> w.validFrom().equals(java.time.LocalDate.parse(validFrom.strip())));
        wages.put(municipalityId, amount, from, text, null);
        audit.change("organization.minimumWage.record", MUNICIPALITY, municipalityId, before.orElse(null),
                new jp.hataraku.organization.MinimumWage(municipalityId, amount, from, text));
        return Checked.valid(municipalityId);
    }
}
