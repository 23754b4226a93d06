package jp.hataraku.workers.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.identity.Accounts;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Component;

/** Checks an application form field by field; message codes are in i18n/workers. */
@Component
class ApplicationFormValidator {

    static final int MIN_AGE = 15;

    /** Password problem codes this module has messages for; any other gets a general message. */
    private static final Set<String> KNOWN_PASSWORD_PROBLEMS = Set.of("password.tooShort", "password.tooLong",
            "password.common", "password.containsEmail");

    private final Organizations organizations;
    private final Accounts accounts;
    private final TokyoClock clock;

    ApplicationFormValidator(Organizations organizations, Accounts accounts, TokyoClock clock) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The application when the form is valid; otherwise empty and {@code errors} says why. */
    Optional<Application> validate(ApplicationForm f, FormErrors errors) {
        String name = JapaneseText.nfkc(f.getName());
        if (name.isEmpty()) {
            errors.reject("name", "workers.error.required");
        } else if (name.length() > 100) {
            errors.reject("name", "workers.error.tooLong");
        }
        String kana = JapaneseText.nfkc(f.getNameKana());
        if (kana.isEmpty()) {
            errors.reject("nameKana", "workers.error.required");
        } else if (!Parse.isKana(kana)) {
            errors.reject("nameKana", "workers.error.kana");
        }
        LocalDate birth = Parse.date(f.getBirthDate());
        LocalDate today = clock.today();
        if (Parse.text(f.getBirthDate()).isEmpty()) {
            errors.reject("birthDate", "workers.error.required");
        } else if (birth == null) {
            errors.reject("birthDate", "workers.error.date");
        } else if (birth.isAfter(today.minusYears(MIN_AGE)) || birth.isBefore(today.minusYears(120))) {
            errors.reject("birthDate", "workers.error.birthDate");
        }
        Gender gender = Parse.oneOf(Gender.class, f.getGender());
        if (gender == null) {
            errors.reject("gender", "workers.error.choose");
        }
        Long town = Parse.id(f.getMunicipalityId());
        if (town == null || organizations.municipality(town).isEmpty()) {
            errors.reject("municipalityId", "workers.error.choose");
        }
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
        String email = JapaneseText.nfkc(f.getEmail());
        if (email.isEmpty()) {
            errors.reject("email", "workers.error.required");
        } else if (!Parse.isEmail(email)) {
            errors.reject("email", "workers.error.email");
        } else if (accounts.emailTaken(email)) {
            errors.reject("email", "workers.error.emailTaken");
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
        Set<Circumstance> circumstances = Parse.setOf(Circumstance.class, f.getCircumstances());
        if (circumstances == null) {
            errors.reject("circumstances", "workers.error.choose");
        }
        ReferralSource referral = Parse.oneOf(ReferralSource.class, f.getReferral());
        if (!Parse.text(f.getReferral()).isEmpty() && referral == null) {
            errors.reject("referral", "workers.error.choose");
        }
        if (!f.isPrivacyConsent()) {
            errors.reject("privacyConsent", "workers.error.privacyConsent");
        }
        var problems = accounts.passwordProblems(email, f.getPassword());
        if (!problems.isEmpty()) {
            String problem = problems.get(0);
            errors.reject("password", KNOWN_PASSWORD_PROBLEMS.contains(problem) ? "workers.error." + problem
                    : "workers.error.password.invalid");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Application(name, kana, birth, gender, town, postal, Parse.text(f.getAddress()),
                phone, email, kinds, hours, bands, place, devices, accommodations.isEmpty() ? null : accommodations,
                circumstances, f.isCircumstancesConsent(), referral, Workers.CURRENT_PRIVACY_NOTICE_VERSION,
                f.getPassword()));
    }
}
