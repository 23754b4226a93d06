package jp.hataraku.organization;

import java.util.List;
import java.util.Optional;

/** The organization module's face: the towns and contractors other modules refer to by id. */
public interface Organizations {

    List<Municipality> municipalities();

    Optional<Municipality> municipality(long id);

    List<Contractor> contractors();

    Optional<Contractor> contractor(long id);

    /** The towns a contractor serves. */
    List<Municipality> municipalitiesServedBy(long contractorId);

    long registerMunicipality(String name, String nameKana, String prefectureCode, int population);

    long registerContractor(NewContractor contractor);

    void serve(long contractorId, long municipalityId);

    record NewContractor(String legalName, String legalNameKana, String corporateNumber, String registrationNumber,
            String postalCode, String address) {
    }
}
