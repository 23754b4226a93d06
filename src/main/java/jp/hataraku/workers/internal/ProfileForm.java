package jp.hataraku.workers.internal;

import java.util.ArrayList;
import java.util.List;

/** The worker's own profile form, as typed. */
public class ProfileForm implements ContactDetails.Fields, WorkPreferences.Fields {

    private String postalCode = "";
    private String address = "";
    private String phone = "";
    private List<String> workKinds = new ArrayList<>();
    private String hoursPerWeek = "";
    private List<String> timeBands = new ArrayList<>();
    private String place = "";
    private List<String> devices = new ArrayList<>();
    private String accommodations = "";
    private String skills = "";
    private List<String> rolesHeld = new ArrayList<>();
    private String invoiceRegistrationNumber = "";

    static ProfileForm of(Worker w) {
        ProfileForm f = new ProfileForm();
        f.postalCode = w.postalCode();
        f.address = w.address();
        f.phone = w.phone();
        f.workKinds = names(w.workKinds());
        f.hoursPerWeek = w.hoursPerWeek() == null ? "" : String.valueOf(w.hoursPerWeek());
        f.timeBands = names(w.timeBands());
        f.place = w.place().name();
        f.devices = names(w.devices());
        f.accommodations = w.accommodations() == null ? "" : w.accommodations();
        f.skills = String.join("\n", w.skills());
        f.rolesHeld = names(w.rolesHeld());
        f.invoiceRegistrationNumber = w.invoiceRegistrationNumber() == null ? "" : w.invoiceRegistrationNumber();
        return f;
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).toList());
    }

    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
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
    public String getSkills() { return skills; }
    public void setSkills(String v) { skills = v; }
    public List<String> getRolesHeld() { return rolesHeld; }
    public void setRolesHeld(List<String> v) { rolesHeld = v == null ? new ArrayList<>() : v; }
    public String getInvoiceRegistrationNumber() { return invoiceRegistrationNumber; }
    public void setInvoiceRegistrationNumber(String v) { invoiceRegistrationNumber = v; }
}
