package jp.hataraku.workers.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The contact and work-preference fields that the application form and the profile form share,
 * as typed, with the field names the pages post. {@link ContactDetails#read} and
 * {@link WorkPreferences#read} check them.
 */
public abstract class ContactAndPreferencesForm implements ContactDetails.Fields, WorkPreferences.Fields {

    private String postalCode = "";
    private String address = "";
    private String phone = "";
    private List<String> workKinds = new ArrayList<>();
    private String hoursPerWeek = "";
    private List<String> timeBands = new ArrayList<>();
    private String place = "";
    private List<String> devices = new ArrayList<>();
    private String accommodations = "";

    @Override public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    @Override public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    @Override public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    @Override public List<String> getWorkKinds() { return workKinds; }
    public void setWorkKinds(List<String> v) { workKinds = v == null ? new ArrayList<>() : v; }
    @Override public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String v) { hoursPerWeek = v; }
    @Override public List<String> getTimeBands() { return timeBands; }
    public void setTimeBands(List<String> v) { timeBands = v == null ? new ArrayList<>() : v; }
    @Override public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    @Override public List<String> getDevices() { return devices; }
    public void setDevices(List<String> v) { devices = v == null ? new ArrayList<>() : v; }
    @Override public String getAccommodations() { return accommodations; }
    public void setAccommodations(String v) { accommodations = v; }
}
