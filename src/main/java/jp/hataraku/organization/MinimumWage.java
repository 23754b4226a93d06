package jp.hataraku.organization;

import java.time.LocalDate;

/**
 * The prefecture's minimum wage (地域別最低賃金) in force in a town from {@code validFrom} until the
 * town's next entry: integer yen per hour, and where the figure comes from.
 */
public record MinimumWage(long municipalityId, long yenPerHour, LocalDate validFrom, String source) {
}
