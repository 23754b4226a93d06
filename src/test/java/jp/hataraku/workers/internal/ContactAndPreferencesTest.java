package jp.hataraku.workers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hataraku.workers.Device;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import org.junit.jupiter.api.Test;

/** The contact and preference fields are checked once, the same way for the application and the profile. */
class ContactAndPreferencesTest {

    private static <F extends ContactDetails.Fields & WorkPreferences.Fields> FormErrors read(F form) {
        FormErrors errors = new FormErrors();
        ContactDetails.read(form, errors);
        WorkPreferences.read(form, errors);
        return errors;
    }

    @Test
    void both_forms_get_the_same_errors_in_page_order() {
        ProfileForm profile = new ProfileForm();
        ApplicationForm application = new ApplicationForm();
        profile.setPostalCode("123");
        application.setPostalCode("123");
        profile.setHoursPerWeek("61");
        application.setHoursPerWeek("61");
        profile.setDevices(List.of("TYPEWRITER"));
        application.setDevices(List.of("TYPEWRITER"));
        profile.setAccommodations("x".repeat(1001));
        application.setAccommodations("x".repeat(1001));

        FormErrors errors = read(profile);
        assertThat(errors.all()).containsExactly(
                Map.entry("postalCode", "workers.error.postalCode"),
                Map.entry("address", "workers.error.required"),
                Map.entry("phone", "workers.error.required"),
                Map.entry("workKinds", "workers.error.chooseOneOrMore"),
                Map.entry("hoursPerWeek", "workers.error.hours"),
                Map.entry("timeBands", "workers.error.chooseOneOrMore"),
                Map.entry("place", "workers.error.choose"),
                Map.entry("devices", "workers.error.choose"),
                Map.entry("accommodations", "workers.error.tooLong"));
        assertThat(read(application).all()).isEqualTo(errors.all());
    }

    @Test
    void valid_fields_are_read_in_their_stored_form() {
        ProfileForm form = new ProfileForm();
        form.setPostalCode("３８９－０１１１");
        form.setAddress(" 長野県北佐久郡 ");
        form.setPhone("０２６７−００−００００");
        form.setWorkKinds(List.of(WorkKind.values()[0].name()));
        form.setHoursPerWeek("２０");
        form.setTimeBands(List.of(TimeBand.values()[0].name()));
        form.setPlace(WorkPlace.values()[0].name());
        form.setDevices(List.of());
        form.setAccommodations("  ");
        FormErrors errors = new FormErrors();

        ContactDetails contact = ContactDetails.read(form, errors);
        WorkPreferences preferences = WorkPreferences.read(form, errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(contact).isEqualTo(new ContactDetails("3890111", "長野県北佐久郡", "0267-00-0000"));
        assertThat(preferences).isEqualTo(new WorkPreferences(Set.of(WorkKind.values()[0]), 20,
                Set.of(TimeBand.values()[0]), WorkPlace.values()[0], Set.<Device>of(), null));
    }
}
