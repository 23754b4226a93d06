/** Resident workers: applications, profiles, registration periods, status history, NDA/terms consent. */
@org.springframework.modulith.ApplicationModule(displayName = "Workers")
package jp.hataraku.workers;
