package jp.hataraku.workers.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the /apply form posts, exactly as typed (all text, so that nothing typed is lost on an
 * error). Field names are those of {@link jp.hataraku.workers.Application}.
 */
public class ApplicationForm extends ContactAndPreferencesForm {

    private String name = "";
    private String nameKana = "";
    private String birthDate = "";
    private String gender = "";
    private String municipalityId = "";
    private String email = "";
    private List<String> circumstances = new ArrayList<>();
    private boolean circumstancesConsent;
    private String referral = "";
    private String privacyNoticeVersion = "";
    private boolean privacyConsent;
    private String password = "";

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String v) { nameKana = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public String getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(String v) { municipalityId = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public List<String> getCircumstances() { return circumstances; }
    public void setCircumstances(List<String> v) { circumstances = v == null ? new ArrayList<>() : v; }
    public boolean isCircumstancesConsent() { return circumstancesConsent; }
    public void setCircumstancesConsent(boolean v) { circumstancesConsent = v; }
    public String getReferral() { return referral; }
    public void setReferral(String v) { referral = v; }
    public String getPrivacyNoticeVersion() { return privacyNoticeVersion; }
    public void setPrivacyNoticeVersion(String v) { privacyNoticeVersion = v; }
    public boolean isPrivacyConsent() { return privacyConsent; }
    public void setPrivacyConsent(boolean v) { privacyConsent = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
}
