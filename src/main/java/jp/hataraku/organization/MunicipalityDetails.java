package jp.hataraku.organization;

/**
 * A town as an administrator types it. Population is digits (commas and full-width allowed);
 * the date it counts as of is optional and may be written as people do (2025/4/1, 令和7年4月1日).
 */
public record MunicipalityDetails(String name, String nameKana, String prefectureCode, String population,
        String populationAsOf) {

    public static final String NAME = "name";
    public static final String NAME_KANA = "nameKana";
    public static final String PREFECTURE_CODE = "prefectureCode";
    public static final String POPULATION = "population";
    public static final String POPULATION_AS_OF = "populationAsOf";
}
