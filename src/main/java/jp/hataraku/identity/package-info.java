/** Accounts, roles, sign-in (password, TOTP, passkeys), API tokens, sessions and the audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package jp.hataraku.identity;
