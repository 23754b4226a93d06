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
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
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
        ContactDetails contact = ContactDetails.read(f, errors);
        String email = JapaneseText.nfkc(f.getEmail());
        if (email.isEmpty()) {
            errors.reject("email", "workers.error.required");
        } else if (!Parse.isEmail(email)) {
            errors.reject("email", "workers.error.email");
        } else if (accounts.emailTaken(email)) {
            errors.reject("email", "workers.error.emailTaken");
        }
        WorkPreferences preferences = WorkPreferences.read(f, errors);
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
        return Optional.of(new Application(name, kana, birth, gender, town, contact.postalCode(), contact.address(),
                contact.phone(), email, preferences.kinds(), preferences.hoursPerWeek(), preferences.timeBands(),
                preferences.place(), preferences.devices(), preferences.accommodations(), circumstances, f.isCircumstancesConsent(), referral, Workers.CURRENT_PRIVACY_NOTICE_VERSION,
                f.getPassword()));
    }
}
