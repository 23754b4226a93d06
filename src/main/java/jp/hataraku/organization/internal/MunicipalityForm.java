package jp.hataraku.organization.internal;

import jp.hataraku.organization.MunicipalityDetails;
import jp.hataraku.organization.Versioned;

/** The municipality form's fields, bound from the request and shown again as typed. */
public class MunicipalityForm {

    private String name = "";
    private String nameKana = "";
    private String prefectureCode = "";
    private String population = "";
    private String populationAsOf = "";
    private String centreNetworks = "";
    private String localGovernmentCode = "";

    private String version = "0";

    static MunicipalityForm of(Versioned<MunicipalityDetails> versioned) {
        MunicipalityDetails d = versioned.value();
        MunicipalityForm form = new MunicipalityForm();
        form.name = d.name();
        form.nameKana = d.nameKana();
        form.prefectureCode = d.prefectureCode();
        form.population = d.population();
        form.populationAsOf = d.populationAsOf();
        form.centreNetworks = d.centreNetworks() == null ? "" : d.centreNetworks();
        form.localGovernmentCode = d.localGovernmentCode() == null ? "" : d.localGovernmentCode();
        form.version = String.valueOf(versioned.version());
        return form;
    }

    MunicipalityDetails toDetails() {
        return new MunicipalityDetails(name, nameKana, prefectureCode, population, populationAsOf,
                centreNetworks == null ? "" : centreNetworks, localGovernmentCode == null ? "" : localGovernmentCode);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getPrefectureCode() { return prefectureCode; }
    public void setPrefectureCode(String prefectureCode) { this.prefectureCode = prefectureCode; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public String getPopulationAsOf() { return populationAsOf; }
    public void setPopulationAsOf(String populationAsOf) { this.populationAsOf = populationAsOf; }
    public String getCentreNetworks() { return centreNetworks; }
    public void setCentreNetworks(String centreNetworks) { this.centreNetworks = centreNetworks; }
    public String getLocalGovernmentCode() { return localGovernmentCode; }
    public void setLocalGovernmentCode(String localGovernmentCode) { this.localGovernmentCode = localGovernmentCode; }

    /** The version the form was read at; anything unreadable counts as stale. */
    long version() {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}
