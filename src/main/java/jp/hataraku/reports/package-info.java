/**
 * Council reports: the programme's figures by fiscal year as accessible charts, an Excel workbook,
 * a PDF report and open data. Reads other modules only through their query APIs. The package root
 * holds the pure pieces: {@link jp.hataraku.reports.SvgChart} (server-rendered accessible charts),
 * {@link jp.hataraku.reports.SmallCellSuppression} (no resident identifiable in open data) and
 * {@link jp.hataraku.reports.AgeBand}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package jp.hataraku.reports;
