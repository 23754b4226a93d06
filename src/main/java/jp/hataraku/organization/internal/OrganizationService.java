package jp.hataraku.organization.internal;

import java.util.List;
import java.util.Optional;

import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganizationService implements Organizations {

    private final OrganizationRepository repository;

    OrganizationService(OrganizationRepository repository) {
        this.repository = repository;
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
    @Transactional
    public long registerMunicipality(String name, String nameKana, String prefectureCode, int population) {
        return repository.insertMunicipality(name, nameKana, prefectureCode, population);
    }

    @Override
    @Transactional
    public long registerContractor(NewContractor c) {
        return repository.insertContractor(c.legalName(), c.legalNameKana(), c.corporateNumber(),
                c.registrationNumber(), c.postalCode(), c.address());
    }

    @Override
    @Transactional
    public void serve(long contractorId, long municipalityId) {
        repository.serve(contractorId, municipalityId);
    }
}
