package jp.hataraku.organization;

/**
 * A town as an administrator types it. Population is digits (commas and full-width allowed);
 * the date it counts as of is optional and may be written as people do (2025/4/1, 令和7年4月1日).
 * {@code centreNetworks} are the telework centre's public networks, one per line
 * ({@link CentreNetworks#parse}); null leaves a town's networks as they are (none for a new town).
 */
public record MunicipalityDetails(String name, String nameKana, String prefectureCode, String population,
        String populationAsOf, String centreNetworks) {

    /** A town without touching its centre networks. */
    public MunicipalityDetails(String name, String nameKana, String prefectureCode, String population,
            String populationAsOf) {
        this(name, nameKana, prefectureCode, population, populationAsOf, null);
    }

    public static final String NAME = "name";
    public static final String NAME_KANA = "nameKana";
    public static final String PREFECTURE_CODE = "prefectureCode";
    public static final String POPULATION = "population";
    public static final String POPULATION_AS_OF = "populationAsOf";
    public static final String CENTRE_NETWORKS = "centreNetworks";
}
