/**
 * Accounts, roles, sign-in (password, TOTP, passkeys), API tokens, sessions and the audit log.
 *
 * <p>Rules for the other modules:
 * <ul>
 * <li>Declare routes with roles ({@code hasRole}/{@code hasAnyRole}), never {@code authenticated()}: a staff
 * member between password and TOTP is authenticated with the single authority
 * {@code FACTOR_PASSWORD_ONLY} and must reach nothing but the TOTP pages.</li>
 * <li>The JSON API lives under {@code /api/v1/}: {@code Authorization: Bearer <token>} signs a request in
 * without session or CSRF; 401/403 are answered as RFC 9457 problem details.</li>
 * <li>Staff sign-in needs a TOTP code; demo data may give staff a known secret with
 * {@link jp.hataraku.identity.Accounts#enrolTotp}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package jp.hataraku.identity;
