package jp.hataraku.workers.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the /apply form posts, exactly as typed (all text, so that nothing typed is lost on an
 * error). Field names are those of {@link jp.hataraku.workers.Application}.
 */
public class ApplicationForm implements ContactDetails.Fields, WorkPreferences.Fields {

    private String name = "";
    private String nameKana = "";
    private String birthDate = "";
    private String gender = "";
    private String municipalityId = "";
    private String postalCode = "";
    private String address = "";
    private String phone = "";
    private String email = "";
    private List<String> workKinds = new ArrayList<>();
    private String hoursPerWeek = "";
    private List<String> timeBands = new ArrayList<>();
    private String place = "";
    private List<String> devices = new ArrayList<>();
    private String accommodations = "";
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
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public List<String> getWorkKinds() { return workKinds; }
    public void setWorkKinds(List<String> v) { workKinds = v == null ? new ArrayList<>() : v; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String v) { hoursPerWeek = v; }
    public List<String> getTimeBands() { return timeBands; }
    public void setTimeBands(List<String> v) { timeBands = v == null ? new ArrayList<>() : v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public List<String> getDevices() { return devices; }
    public void setDevices(List<String> v) { devices = v == null ? new ArrayList<>() : v; }
    public String getAccommodations() { return accommodations; }
    public void setAccommodations(String v) { accommodations = v; }
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
