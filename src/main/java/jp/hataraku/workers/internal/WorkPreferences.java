package jp.hataraku.workers.internal;

import java.util.List;
import java.util.Set;

import jp.hataraku.workers.Device;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;

/**
 * The work preferences the application form and the profile form both ask for (kinds of work,
 * hours a week, time bands, place, devices, accommodations), read and checked in one place. A
 * value is null when its field was rejected; use the record only when the errors are empty.
 * {@code accommodations} is null when none were written.
 */
record WorkPreferences(Set<WorkKind> kinds, Integer hoursPerWeek, Set<TimeBand> timeBands, WorkPlace place,
        Set<Device> devices, String accommodations) {

    static final int MIN_HOURS = 1;
    static final int MAX_HOURS = 60;
    static final int ACCOMMODATIONS_MAX = 1000;

    /** The form fields, by their names on the page. */
    interface Fields {
        List<String> getWorkKinds();

        String getHoursPerWeek();

        List<String> getTimeBands();

        String getPlace();

        List<String> getDevices();

        String getAccommodations();
    }

    /** Reads the fields, rejecting into {@code errors} in page order. */
    static WorkPreferences read(Fields f, FormErrors errors) {
        Set<WorkKind> kinds = Parse.setOf(WorkKind.class, f.getWorkKinds());
        if (kinds == null || kinds.isEmpty()) {
            errors.reject("workKinds", "workers.error.chooseOneOrMore");
        }
        Integer hours = Parse.integer(f.getHoursPerWeek());
        if (Parse.text(f.getHoursPerWeek()).isEmpty()) {
            errors.reject("hoursPerWeek", "workers.error.required");
        } else if (hours == null || hours < MIN_HOURS || hours > MAX_HOURS) {
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
        if (accommodations.length() > ACCOMMODATIONS_MAX) {
            errors.reject("accommodations", "workers.error.tooLong");
        }
        return new WorkPreferences(kinds, hours, bands, place, devices, accommodations.isEmpty() ? null : accommodations);
    }
}
