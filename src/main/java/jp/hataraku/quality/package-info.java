/**
 * Quality of the work: double entry and adjudication, gold items, acceptance sampling, agreement
 * between workers and quality scores. This package's root holds the pure rules as value types:
 * <ul>
 * <li>Double entry: {@link jp.hataraku.quality.Comparison} of the N results of one item, field by
 * field ({@link jp.hataraku.quality.FieldSpec}, {@link jp.hataraku.quality.FieldType},
 * {@link jp.hataraku.quality.FieldNormalisation}).</li>
 * <li>Gold items: {@link jp.hataraku.quality.GoldScore}.</li>
 * <li>Sampling a lot for review: {@link jp.hataraku.quality.AcceptanceSampling} (ISO 2859-1 single
 * sampling, normal inspection, general inspection level II).</li>
 * <li>Agreement between raters: {@link jp.hataraku.quality.Kappa} (Cohen, Fleiss).</li>
 * <li>Scores and reports: {@link jp.hataraku.quality.QualityScore},
 * {@link jp.hataraku.quality.QualityReport}, {@link jp.hataraku.quality.Rate}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package jp.hataraku.quality;
