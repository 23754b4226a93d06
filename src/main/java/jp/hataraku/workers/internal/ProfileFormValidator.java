package jp.hataraku.workers.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.shared.RegistrationNumber;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.internal.WorkerRepository.ProfileUpdate;

/** Checks the profile form; message codes are in i18n/workers. */
final class ProfileFormValidator {

    private ProfileFormValidator() {
    }

    static Optional<ProfileUpdate> validate(ProfileForm f, FormErrors errors) {
        ContactDetails contact = ContactDetails.read(f, errors);
        WorkPreferences preferences = WorkPreferences.read(f, errors);
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
        return Optional.of(new ProfileUpdate(contact.postalCode(), contact.address(), contact.phone(), preferences.kinds(),
                preferences.hoursPerWeek(), preferences.timeBands(), preferences.place(), preferences.devices(),
                preferences.accommodations(), skills, roles, invoice));
    }
}
