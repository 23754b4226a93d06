/** Tiny shared vocabulary: Japanese text, fiscal year, era, clock, money. No business rules. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.hataraku.shared;
