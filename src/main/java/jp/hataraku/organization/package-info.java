/** Municipalities, contractors and which towns each contractor serves. */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package jp.hataraku.organization;
