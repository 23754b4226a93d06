package jp.hataraku.workers.internal;

import java.util.ArrayList;
import java.util.List;

/** The worker's own profile form, as typed. */
public class ProfileForm extends ContactAndPreferencesForm {

    private String skills = "";
    private List<String> rolesHeld = new ArrayList<>();
    private String invoiceRegistrationNumber = "";

    static ProfileForm of(Worker w) {
        ProfileForm f = new ProfileForm();
        f.setPostalCode(w.postalCode());
        f.setAddress(w.address());
        f.setPhone(w.phone());
        f.setWorkKinds(names(w.workKinds()));
        f.setHoursPerWeek(w.hoursPerWeek() == null ? "" : String.valueOf(w.hoursPerWeek()));
        f.setTimeBands(names(w.timeBands()));
        f.setPlace(w.place().name());
        f.setDevices(names(w.devices()));
        f.setAccommodations(w.accommodations() == null ? "" : w.accommodations());
        f.skills = String.join("\n", w.skills());
        f.rolesHeld = names(w.rolesHeld());
        f.invoiceRegistrationNumber = w.invoiceRegistrationNumber() == null ? "" : w.invoiceRegistrationNumber();
        return f;
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).toList());
    }

    public String getSkills() { return skills; }
    public void setSkills(String v) { skills = v; }
    public List<String> getRolesHeld() { return rolesHeld; }
    public void setRolesHeld(List<String> v) { rolesHeld = v == null ? new ArrayList<>() : v; }
    public String getInvoiceRegistrationNumber() { return invoiceRegistrationNumber; }
    public void setInvoiceRegistrationNumber(String v) { invoiceRegistrationNumber = v; }
}
