/**
 * Municipalities, contractors and which towns each contractor serves. Its face is
 * {@link jp.hataraku.organization.Organizations}; the administration pages live under
 * {@code /admin/organizations} (system administrators only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization",
        allowedDependencies = {"identity", "shared"})
package jp.hataraku.organization;
