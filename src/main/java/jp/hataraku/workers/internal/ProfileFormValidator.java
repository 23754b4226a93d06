package jp.hataraku.workers.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.shared.RegistrationNumber;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.internal.WorkerRepository.ProfileUpdate;

/** Checks the profile form; message codes are in i18n/workers. */
final class ProfileFormValidator {

    private ProfileFormValidator() {
    }

    static Optional<ProfileUpdate> validate(ProfileForm f, FormErrors errors) {
        String postal = Parse.postalCode(f.getPostalCode());
        if (Parse.text(f.getPostalCode()).isEmpty()) {
            errors.reject("postalCode", "workers.error.required");
        } else if (postal == null) {
            errors.reject("postalCode", "workers.error.postalCode");
        }
        if (Parse.text(f.getAddress()).isEmpty()) {
            errors.reject("address", "workers.error.required");
        }
        String phone = Parse.phone(f.getPhone());
        if (Parse.text(f.getPhone()).isEmpty()) {
            errors.reject("phone", "workers.error.required");
        } else if (phone == null) {
            errors.reject("phone", "workers.error.phone");
        }
        Set<WorkKind> kinds = Parse.setOf(WorkKind.class, f.getWorkKinds());
        if (kinds == null || kinds.isEmpty()) {
            errors.reject("workKinds", "workers.error.chooseOneOrMore");
        }
        Integer hours = Parse.integer(f.getHoursPerWeek());
        if (Parse.text(f.getHoursPerWeek()).isEmpty()) {
            errors.reject("hoursPerWeek", "workers.error.required");
        } else if (hours == null || hours < 1 || hours > 60) {
            errors.reject("hoursPerWeek", "workers.error.hours");
        }
        Set<TimeBand> bands = Parse.setOf(TimeBand.class, f.getTimeBands());
        if (bands == null || bands.isEmpty()) {
            errors.reject("timeBands", "workers.error.chooseOneOrMore");
        }
        WorkPlace place = Parse.oneOf(WorkPlace.class, f.getPlace());
        if (place == null) {
            errors.reject("place", "workers.error.choose");
        }
        Set<Device> devices = Parse.setOf(Device.class, f.getDevices());
        if (devices == null) {
            errors.reject("devices", "workers.error.choose");
        }
        String accommodations = Parse.text(f.getAccommodations());
        if (accommodations.length() > 1000) {
            errors.reject("accommodations", "workers.error.tooLong");
        }
        List<String> skills = Arrays.stream(Parse.text(f.getSkills()).split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (skills.size() > 50 || skills.stream().anyMatch(s -> s.length() > 100)) {
            errors.reject("skills", "workers.error.tooLong");
        }
        Set<HeldRole> roles = Parse.setOf(HeldRole.class, f.getRolesHeld());
        if (roles == null) {
            errors.reject("rolesHeld", "workers.error.choose");
        } else if (roles.isEmpty()) {
            roles = EnumSet.of(HeldRole.WORKER);
        }
        String typedNumber = Parse.text(f.getInvoiceRegistrationNumber());
        String invoice = typedNumber.isEmpty() ? null
                : RegistrationNumber.parse(typedNumber).optional().map(RegistrationNumber::value).orElse(null);
        if (!typedNumber.isEmpty() && invoice == null) {
            errors.reject("invoiceRegistrationNumber", "workers.error.invoiceNumber");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileUpdate(postal, Parse.text(f.getAddress()), phone, kinds, hours, bands, place,
                devices, accommodations.isEmpty() ? null : accommodations, skills, roles, invoice));
    }
}
