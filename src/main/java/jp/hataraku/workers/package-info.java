/**
 * Resident workers: applications, profiles, registration periods, status history, NDA/terms consent.
 * Other modules use {@link jp.hataraku.workers.Workers} and the types and events at this package's root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workers",
        allowedDependencies = {"identity", "organization", "shared", "platform"})
package jp.hataraku.workers;
