/**
 * Demo data: a fictional town, its contractor, staff and ~80 resident workers in every state,
 * loaded through the other modules' public APIs into an empty database only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package jp.hataraku.demo;
