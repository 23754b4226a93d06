package jp.hataraku.workers;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who is registered (ACTIVE or PAUSED by the status history) on a date, as aggregates only, for
 * council reports: how many, by status (ACTIVE, PAUSED), by gender, by age in whole years on that date, by place of work, by
 * number of roles held (一人多役) and by self-declared circumstance. Place of work and roles are
 * the worker's record as it stands (they have no history). Circumstances count only workers who
 * consented to their use ({@code consentedCircumstances} of them); a worker may have several.
 * Every enum key is present (zero when none).
 */
public record RegisterProfile(long registered, Map<WorkerStatus, Long> byStatus, Map<Gender, Long> byGender, Map<Integer, Long> byAge,
        Map<WorkPlace, Long> byPlace, Map<Integer, Long> byRoleCount, Map<Circumstance, Long> byCircumstance,
        long consentedCircumstances) {

    public RegisterProfile {
        byStatus = complete(WorkerStatus.class, byStatus);
        byGender = complete(Gender.class, byGender);
        byPlace = complete(WorkPlace.class, byPlace);
        byCircumstance = complete(Circumstance.class, byCircumstance);
        byAge = Collections.unmodifiableMap(new TreeMap<>(byAge));
        byRoleCount = Collections.unmodifiableMap(new TreeMap<>(byRoleCount));
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            all.put(e, counts.getOrDefault(e, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
