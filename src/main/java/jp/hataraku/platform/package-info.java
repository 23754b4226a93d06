/** Infrastructure: the database (embedded or external), locale, error pages, the home page. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package jp.hataraku.platform;
