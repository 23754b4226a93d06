package jp.hataraku.workers;

import java.time.LocalDate;
import java.util.Set;

/**
 * A resident's application to become a worker, already validated (see {@link Workers#apply}).
 * {@code circumstances} are kept only when {@code circumstancesConsent} is true. A null
 * {@code password} registers the worker without a sign-in account (a roster imported by staff).
 */
public record Application(String name, String nameKana, LocalDate birthDate, Gender gender, long municipalityId,
        String postalCode, String address, String phone, String email, Set<WorkKind> workKinds,
        Integer hoursPerWeek, Set<TimeBand> timeBands, WorkPlace place, Set<Device> devices, String accommodations,
        Set<Circumstance> circumstances, boolean circumstancesConsent, ReferralSource referral,
        String privacyNoticeVersion, String password) {

    public Application {
        requireText(name, "name");
        requireText(nameKana, "nameKana");
        requireText(address, "address");
        requireText(phone, "phone");
        requireText(email, "email");
        if (password != null) {
            requireText(password, "password");
        }
        requireText(privacyNoticeVersion, "privacyNoticeVersion");
        if (birthDate == null || gender == null || place == null || postalCode == null
                || !postalCode.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("birthDate, gender, place and a 7-digit postalCode are required");
        }
        workKinds = workKinds == null ? Set.of() : Set.copyOf(workKinds);
        timeBands = timeBands == null ? Set.of() : Set.copyOf(timeBands);
        devices = devices == null ? Set.of() : Set.copyOf(devices);
        circumstances = circumstances == null || !circumstancesConsent ? Set.of() : Set.copyOf(circumstances);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    @Override
    public String toString() {
        return "Application[" + name + ", municipality " + municipalityId + "]";
    }
}
