package jp.hataraku.organization;

/**
 * A town as an administrator types it. Population is digits (commas and full-width allowed);
 * the date it counts as of is optional and may be written as people do (2025/4/1, 令和7年4月1日).
 * {@code centreNetworks} are the telework centre's public networks, one per line
 * ({@link CentreNetworks#parse}); null leaves a town's networks as they are (none for a new town).
 * {@code localGovernmentCode} is the town's 全国地方公共団体コード as typed ({@link LocalGovernmentCode#parse}:
 * six digits, or five to which the check digit is added); empty removes it, null leaves it as it is
 * (none for a new town).
 */
public record MunicipalityDetails(String name, String nameKana, String prefectureCode, String population,
        String populationAsOf, String centreNetworks, String localGovernmentCode) {

    /** A town without touching its local government code. */
    public MunicipalityDetails(String name, String nameKana, String prefectureCode, String population,
            String populationAsOf, String centreNetworks) {
        this(name, nameKana, prefectureCode, population, populationAsOf, centreNetworks, null);
    }

    /** A town without touching its centre networks or its local government code. */
    public MunicipalityDetails(String name, String nameKana, String prefectureCode, String population,
            String populationAsOf) {
        this(name, nameKana, prefectureCode, population, populationAsOf, null, null);
    }

    public static final String NAME = "name";
    public static final String NAME_KANA = "nameKana";
    public static final String PREFECTURE_CODE = "prefectureCode";
    public static final String POPULATION = "population";
    public static final String POPULATION_AS_OF = "populationAsOf";
    public static final String CENTRE_NETWORKS = "centreNetworks";
    public static final String LOCAL_GOVERNMENT_CODE = "localGovernmentCode";
}
