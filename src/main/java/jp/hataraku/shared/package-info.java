/**
 * Tiny shared vocabulary: Japanese text, fiscal year, era, clock, money. No business rules.
 * <ul>
 * <li>Text: {@link jp.hataraku.shared.JapaneseText} (nfkc, searchKey, toZenginKana),
 * {@link jp.hataraku.shared.ZenginName} (validate, parse, abbreviateCompanyForm),
 * {@link jp.hataraku.shared.ZenginCharset}.</li>
 * <li>Time: {@link jp.hataraku.shared.TokyoClock}, {@link jp.hataraku.shared.FiscalYear},
 * {@link jp.hataraku.shared.Era}, {@link jp.hataraku.shared.JapaneseDates} (bean {@code dates} for
 * templates), {@link jp.hataraku.shared.FlexibleDateParser}.</li>
 * <li>Numbers: {@link jp.hataraku.shared.Yen}, {@link jp.hataraku.shared.CorporateNumber},
 * {@link jp.hataraku.shared.RegistrationNumber}, {@link jp.hataraku.shared.PostalCode},
 * {@link jp.hataraku.shared.PhoneNumber}, {@link jp.hataraku.shared.BankAccount}.</li>
 * <li>Reading user input never throws: {@link jp.hataraku.shared.Parsed} (one value) and
 * {@link jp.hataraku.shared.Checked} (several fields, {@link jp.hataraku.shared.FieldError}) carry
 * message codes whose texts are in {@code i18n/shared_*.properties}. Constructors of the value
 * types throw on invalid values: they are for values already checked.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.hataraku.shared;
